package nl.overheid.ailedger.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem documents of the ledger, each with a type that names the kind of mistake. */
public final class Problems {

    public static final String INVALID_PARAMS = "invalidParams";
    public static final String VIOLATIONS = "violations";
    private static final String TYPE_PREFIX = "urn:nl:ailedger:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    /** The ledger's own type for a status that has no more specific one: 405 is {@code ...:method-not-allowed}. */
    public static ProblemDetail ofStatus(HttpStatus status, String detail) {
        return of(status, typeOf(status), status.getReasonPhrase(), detail);
    }

    static String typeOf(HttpStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static boolean isUntyped(ProblemDetail problem) {
        return problem.getType() == null || "about:blank".equals(problem.getType().toString());
    }

    public static ProblemDetail invalid(String detail, List<InvalidParam> invalidParams) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), "invalid-input", "Invalid input", detail);
        problem.setProperty(INVALID_PARAMS, invalidParams);
        return problem;
    }

    /** One input that is wrong: the field or parameter, and why. */
    public record InvalidParam(String name, String reason) {
    }
}
