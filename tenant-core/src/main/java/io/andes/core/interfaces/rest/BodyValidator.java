package io.andes.core.interfaces.rest;

import io.andes.core.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Validates a request body once, for the hot routes. Declaring {@code @Valid} on a resource parameter makes both the
 * REST runtime and the CDI method-validation interceptor validate it, and the interceptor then wraps every call.
 */
@ApplicationScoped
public class BodyValidator {

    @Inject
    Validator validator;

    /** The body, if present and valid; otherwise the same 400 problem as declarative validation gives. */
    public <T> T valid(T body) {
        if (body == null) {
            throw ProblemException.invalidField(
                    "body",
                    "es obligatorio",
                    "Falta el cuerpo JSON de la solicitud.",
                    "The JSON request body is missing.");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
