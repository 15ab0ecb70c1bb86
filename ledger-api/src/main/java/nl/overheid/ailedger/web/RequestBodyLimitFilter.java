package nl.overheid.ailedger.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.overheid.ailedger.config.LedgerProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body over the limit with 413 before anything parses it, and keeps the body it read so that the
 * idempotency check can hash it. Snapshot imports have a limit of their own.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final String IMPORTS = "/api/v1/admin/imports/";

    private final LedgerProperties.Limits limits;
    private final ProblemWriter problems;

    public RequestBodyLimitFilter(LedgerProperties.Limits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WITH_BODY.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().startsWith(IMPORTS)
                ? limits.maxImportBody().toBytes() : limits.maxBody().toBytes();
        byte[] body = request.getContentLengthLong() > limit ? null : readAtMost(request.getInputStream(), limit);
        if (body == null) {
            problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Body too large",
                    "the request body exceeds the limit of " + limit + " bytes"));
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** The whole stream, or null when it holds more than {@code limit} bytes. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) limit + 1);
        return bytes.length > limit ? null : bytes;
    }
}
