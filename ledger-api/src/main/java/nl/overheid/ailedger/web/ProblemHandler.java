package nl.overheid.ailedger.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.overheid.ailedger.core.api.ForeignCallerException;
import nl.overheid.ailedger.core.api.InvalidInputException;
import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.policy.PolicyViolationException;
import nl.overheid.ailedger.core.policy.UnmetRule;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jspecify.annotations.NonNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The one place where failures become RFC 9457 problems. Client mistakes name what is wrong; anything else is
 * a 500 that tells nothing of the inside (no stack trace, no SQL) and is logged instead.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    /** How Jackson names a property an object holds twice. */
    private static final Pattern DUPLICATE_PROPERTY = Pattern.compile("^Duplicate [^\"']*[\"']([^\"']+)[\"']");

    @ExceptionHandler(PolicyViolationException.class)
    ProblemDetail policyViolation(PolicyViolationException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "policy-violation",
                "Refused by the policy on generative AI", e.getMessage());
        problem.setProperty(Problems.VIOLATIONS, e.violations().stream()
                .map(UnmetRule::of).toList());
        return problem;
    }

    @ExceptionHandler(LifecycleConflictException.class)
    ProblemDetail lifecycleConflict(LifecycleConflictException e) {
        return Problems.of(HttpStatus.CONFLICT, "lifecycle-conflict", "Conflicts with the lifecycle", e.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrency(ConcurrencyException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
                "another change to the same resource was stored first; read it and try again");
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        return Problems.invalid(e.getMessage(), e.invalidParams());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return Problems.invalid(e.getMessage(), e.fields().stream()
                .map(field -> new Problems.InvalidParam(field.name(), field.reason())).toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler({AccessDeniedException.class, ForeignCallerException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the ledger could not complete the request; nothing was stored for it");
    }

    /** Spring's own problems (405, 415, ...) get the ledger's type instead of {@code about:blank}. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(@NonNull Exception e, Object body,
                                                             @NonNull HttpHeaders headers,
                                                             @NonNull HttpStatusCode status,
                                                             @NonNull WebRequest request) {
        Object answer = body == null && e instanceof ErrorResponse error ? error.getBody() : body;
        HttpStatus known = HttpStatus.resolve(status.value());
        if (answer instanceof ProblemDetail problem && Problems.isUntyped(problem) && known != null) {
            problem.setType(Problems.ofStatus(known, null).getType());
        }
        return super.handleExceptionInternal(e, answer, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        Problems.InvalidParam param = describe(e.getCause());
        return ResponseEntity.badRequest().body(Problems.invalid("the request body cannot be read", List.of(param)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<Problems.InvalidParam> params = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.InvalidParam(error.getField(), reason(error)))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid("the request body is not valid", params));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(@NonNull HandlerMethodValidationException e,
                                                                            @NonNull HttpHeaders headers,
                                                                            @NonNull HttpStatusCode status,
                                                                            @NonNull WebRequest request) {
        List<Problems.InvalidParam> params = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.InvalidParam(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid("a parameter is not valid", params));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(@NonNull MissingServletRequestParameterException e,
                                                                          @NonNull HttpHeaders headers,
                                                                          @NonNull HttpStatusCode status,
                                                                          @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalid("a required parameter is missing",
                List.of(new Problems.InvalidParam(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(@NonNull HttpMediaTypeNotAcceptableException e,
                                                                      @NonNull HttpHeaders headers,
                                                                      @NonNull HttpStatusCode status,
                                                                      @NonNull WebRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).body(Problems.of(HttpStatus.NOT_ACCEPTABLE,
                "not-acceptable", "Not acceptable", "this resource is available as: " + supported));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : expectedOf(e.getRequiredType());
        return Problems.invalid("a parameter is not valid", List.of(new Problems.InvalidParam(e.getName(),
                "'" + e.getValue() + "' is not " + expected)));
    }

    private static String reason(FieldError error) {
        return error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage();
    }

    /** Names the field a JSON mistake is in, with what was expected there. */
    private static Problems.InvalidParam describe(Throwable cause) {
        if (cause instanceof InvalidTypeIdException typeId) {
            String given = typeId.getTypeId() == null ? "missing" : "'" + typeId.getTypeId() + "' is unknown";
            return new Problems.InvalidParam(pathOr(typeId, "type"), given);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new Problems.InvalidParam(path(unknown), "is not a field of this request");
        }
        if (cause instanceof InvalidFormatException format) {
            return new Problems.InvalidParam(path(format),
                    "'" + format.getValue() + "' is not " + expectedOf(format.getTargetType()));
        }
        if (cause instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return new Problems.InvalidParam(pathOr(instantiation, "body"), instantiation.getCause().getMessage());
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String expected = mismatch.getTargetType() == null ? "of the right type" : expectedOf(mismatch.getTargetType());
            return new Problems.InvalidParam(pathOr(mismatch, "body"), "must be " + expected);
        }
        if (cause instanceof DatabindException mapping) {
            return new Problems.InvalidParam(pathOr(mapping, "body"), mapping.getOriginalMessage());
        }
        if (cause instanceof StreamReadException read && read.getOriginalMessage() != null) {
            Matcher duplicate = DUPLICATE_PROPERTY.matcher(read.getOriginalMessage());
            if (duplicate.find()) {
                return new Problems.InvalidParam(duplicate.group(1), "is given more than once");
            }
        }
        if (cause instanceof JacksonException json) {
            String where = json.getLocation() == null ? ""
                    : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
            return new Problems.InvalidParam("body", "is not well-formed JSON" + where);
        }
        return new Problems.InvalidParam("body", "is missing or cannot be read");
    }

    private static String expectedOf(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "Instant" -> "an RFC 3339 instant such as 2025-03-05T10:00:00Z";
            case "LocalDate" -> "a date such as 2025-03-05";
            case "PartialDate" -> "a day (2024-01-18), a month (2024-01) or a year (2024)";
            case "Boolean", "boolean" -> "true or false";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "String" -> "a string";
            default -> "a " + type.getSimpleName();
        };
    }

    private static String pathOr(JacksonException e, String fallback) {
        String path = path(e);
        return path.isEmpty() ? fallback : path;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
