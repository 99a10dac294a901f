package io.andes.ticketing.domain.knowledge;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects every invalid field of a form, so the client fixes all of them at once; one 400 problem for all. */
public final class FieldErrors {

    private final List<Map<String, Object>> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(Map.of("field", field, "message", message));
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> field.equals(e.get("field")));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws the 400 problem listing the fields, if any was invalid. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    "Revise los campos indicados.",
                    "Check the fields listed.",
                    Map.of("errors", List.copyOf(errors)));
        }
    }
}
