package nl.overheid.ailedger.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.overheid.ailedger.security.LedgerPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Idempotency-Key of a write: the same key with the same request from the same credential gets the first
 * answer again and stores nothing new; the same key with another request is a 409. Server failures (5xx)
 * release the key, so that the client can retry. Tokens in an answer are never kept: a replay omits them. A policy
 * simulation is a POST that writes nothing: its key is not kept either, and it is answered afresh.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final String[] SECRET_FIELDS = {"apiToken", "token"};
    private static final String READ_ONLY_POST = "/api/v1/policy/simulations";

    private final IdempotencyStore store;
    private final ProblemWriter problems;
    private final JsonMapper json;

    public IdempotencyFilter(IdempotencyStore store, ProblemWriter problems, JsonMapper json) {
        this.store = store;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || READ_ONLY_POST.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<LedgerPrincipal> principal = principal();
        if (principal.isEmpty() || !(request instanceof CachedBodyRequest cached)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(response, Problems.invalid("the Idempotency-Key header is not valid",
                    List.of(new Problems.InvalidParam(HEADER, "1 to 255 visible ASCII characters"))));
            return;
        }
        String credentialId = principal.get().credentialId();
        String requestHash = hash(request, cached.body());
        Optional<IdempotencyStore.StoredAnswer> earlier = store.reserve(credentialId, key, requestHash);
        if (earlier.isPresent()) {
            answerAgain(earlier.get(), requestHash, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (IOException | ServletException | RuntimeException e) {
            store.release(credentialId, key);
            throw e;
        }
        // Only a write that succeeded is answered again: after a refusal the client corrects the request and sends it
        // with the same key.
        if (recorded.getStatus() < 200 || recorded.getStatus() >= 300) {
            store.release(credentialId, key);
        } else {
            store.complete(credentialId, key, recorded.getStatus(), recorded.getContentType(),
                    recorded.getHeader(HttpHeaders.LOCATION), withoutSecrets(recorded.getContentAsByteArray()));
        }
        recorded.copyBodyToResponse();
    }

    private void answerAgain(IdempotencyStore.StoredAnswer earlier, String requestHash, HttpServletResponse response)
            throws IOException {
        if (!earlier.requestHash().equals(requestHash)) {
            problems.write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-reused",
                    "Idempotency-Key reused", "this Idempotency-Key was used before for another request"));
        } else if (earlier.status() == null) {
            problems.write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-use",
                    "Request in progress", "the first request with this Idempotency-Key is still being handled"));
        } else {
            response.setStatus(earlier.status());
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            if (earlier.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, earlier.location());
            }
            response.setHeader("Idempotent-Replayed", "true");
            if (earlier.body() != null) {
                response.getOutputStream().write(earlier.body());
            }
        }
    }

    private byte[] withoutSecrets(byte[] body) {
        if (body.length == 0 || body[0] != '{') {
            return body;
        }
        try {
            JsonNode answer = json.readTree(body);
            if (answer instanceof ObjectNode object) {
                boolean changed = false;
                for (String field : SECRET_FIELDS) {
                    changed |= object.remove(field) != null;
                }
                return changed ? json.writeValueAsBytes(object) : body;
            }
            return body;
        } catch (JacksonException notJson) {
            return body;
        }
    }

    private static Optional<LedgerPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof LedgerPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n";
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
