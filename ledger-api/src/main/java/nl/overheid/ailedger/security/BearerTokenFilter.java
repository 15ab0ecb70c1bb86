package nl.overheid.ailedger.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.overheid.ailedger.web.ProblemWriter;
import nl.overheid.ailedger.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in the caller of {@code Authorization: Bearer <token>}. A token that is unknown or revoked is refused
 * at once, and counted against the client's address ({@link FailedSignIns}); a request without one goes on
 * anonymously and meets the authorisation rules.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final Credentials credentials;
    private final ProblemWriter problems;
    private final FailedSignIns failures;

    BearerTokenFilter(Credentials credentials, ProblemWriter problems, FailedSignIns failures) {
        this.credentials = credentials;
        this.problems = problems;
        this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        OptionalLong wait = failures.secondsToWait(address);
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-refused-tokens",
                    "Too many refused tokens", "too many unknown or revoked tokens came from this address; try again "
                            + "in " + wait.getAsLong() + " s"));
            return;
        }
        Optional<LedgerPrincipal> principal = header.startsWith(PREFIX)
                ? credentials.findActive(header.substring(PREFIX.length()).trim())
                : Optional.empty();
        if (principal.isEmpty()) {
            failures.refused(address);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "the bearer token is unknown or revoked"));
            return;
        }
        LedgerPrincipal caller = principal.get();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                caller, null, List.of(new SimpleGrantedAuthority(caller.role().authority()))));
        chain.doFilter(request, response);
    }
}
