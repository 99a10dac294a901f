package io.andes.core.interfaces.rest;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Bean Validation failures on request bodies and parameters: 400 with one entry per invalid field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final MessageInterpolator INTERPOLATOR =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale locale = ProblemResponses.prefersEnglish(headers.getAcceptableLanguages())
                ? Locale.ENGLISH
                : Locale.forLanguageTag("es");
        List<Map<String, Object>> errors = exception.getConstraintViolations().stream()
                .map(v -> Map.<String, Object>of("field", field(v), "message", message(v, locale)))
                .sorted(Comparator.comparing(e -> String.valueOf(e.get("field"))))
                .toList();
        return ProblemResponses.of(
                new ProblemException(
                        ProblemType.VALIDATION,
                        "Revise los campos indicados.",
                        "Check the fields listed.",
                        Map.of("errors", errors)),
                headers.getAcceptableLanguages());
    }

    /** The violation's message in the client's language (Spanish unless English is preferred). */
    private static String message(ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("No provider-specific context");
            }
        };
        try {
            return INTERPOLATOR.interpolate(violation.getMessageTemplate(), context, locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    /** The last named node of the path: {@code consume.body.quantity} becomes {@code quantity}. */
    private static String field(ConstraintViolation<?> violation) {
        String name = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.METHOD) {
                name = node.getKind() == jakarta.validation.ElementKind.PARAMETER ? "body" : node.getName();
            }
        }
        return name;
    }
}
