package nl.overheid.ailedger.security;

import static nl.overheid.ailedger.security.CredentialRole.ADMIN;
import static nl.overheid.ailedger.security.CredentialRole.ANALYST;
import static nl.overheid.ailedger.security.CredentialRole.AUDITOR;
import static nl.overheid.ailedger.security.CredentialRole.METRICS;
import static nl.overheid.ailedger.security.CredentialRole.ORGANISATION;

import java.util.List;

import nl.overheid.ailedger.config.LedgerProperties;
import nl.overheid.ailedger.web.ProblemWriter;
import nl.overheid.ailedger.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Who may do what. Reads of the register, monitor and reports are open to every role; writes of applications
 * to organisations (ownership is checked per application) and admins; audit to auditors and admins. The
 * dashboard's static pages are open to all: they show nothing until the user signs in with a token.
 * Only in the web server: a command-line run of the ledger has no requests to guard.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /**
     * The dashboard's pages and assets hold no data: every figure comes from the API with the user's token.
     */
    private static final String[] DASHBOARD = {"/", "/index.html", "/register.html", "/toepassing.html",
            "/toezeggingen.html", "/beleidsverkenning.html", "/aanmelden.html", "/assets/**"};

    /**
     * The dashboard keeps its token in sessionStorage: only its own scripts may run. Inline styles stay allowed
     * for the Kamer report, which the commitments page opens from a blob URL that inherits this policy.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain api(HttpSecurity http, Credentials credentials, ProblemWriter problems,
                            LedgerProperties properties) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .addFilterBefore(new BearerTokenFilter(credentials, problems,
                        new FailedSignIns(properties.security().refusedTokensPerMinute())), AuthorizationFilter.class)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized",
                                    "Unauthorized", "send a bearer token: Authorization: Bearer <token>"));
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(response, Problems.of(
                                HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                "this credential's role may not do this"))))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/api/v1/openapi.json", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/tlog/tile/entries/**")
                        .hasAnyRole(ADMIN.name(), AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/checkpoint", "/api/v1/audit/keys",
                                "/tlog/checkpoint", "/tlog/tile/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasAnyRole(ADMIN.name(), METRICS.name())
                        .requestMatchers(HttpMethod.GET, DASHBOARD).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/credentials/current")
                        .hasAnyRole(ADMIN.name(), ORGANISATION.name(), ANALYST.name(), AUDITOR.name())
                        .requestMatchers("/api/v1/admin/**", "/api/v1/credentials/**").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/organisations").hasRole(ADMIN.name())
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(ADMIN.name(), AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/applications/*/history")
                        .hasAnyRole(ADMIN.name(), AUDITOR.name(), ORGANISATION.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/applications/**")
                        .hasAnyRole(ADMIN.name(), ORGANISATION.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/commitments/*/events")
                        .hasAnyRole(ADMIN.name(), ORGANISATION.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/commitments").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/policy/simulations")
                        .hasAnyRole(ADMIN.name(), ANALYST.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/**")
                        .hasAnyRole(ADMIN.name(), ORGANISATION.name(), ANALYST.name(), AUDITOR.name())
                        .anyRequest().denyAll())
                .build();
    }

    /** A request the firewall refuses (an encoded slash, a null byte in the path) is a client mistake. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, e) -> problems.write(response, Problems.invalid("the request is malformed",
                List.of(new Problems.InvalidParam("path", "contains characters that are not allowed"))));
    }
}
