package io.andes.ticketing.domain.catalog;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields a ticket on one category asks for: those of its ancestors first, then its own. Accepting what a user
 * filled checks every value by its field's type and reports every problem at once as {@code fields.<key>}.
 */
public record CategoryFields(List<CategoryField> fields) {

    public static final CategoryFields NONE = new CategoryFields(List.of());

    public CategoryFields {
        fields = List.copyOf(fields);
    }

    /**
     * The values to store, in form order; a 400 listing each unknown key, wrong type, missing required value, choice
     * not offered or value too long. Blank optional values are left out.
     */
    public List<FieldValue> accept(Map<String, ?> filled) {
        Map<String, ?> given = filled == null ? Map.of() : filled;
        Refusals errors = new Refusals();
        given.keySet().stream()
                .filter(key -> fields.stream().noneMatch(f -> f.key().equals(key)))
                .sorted()
                .forEach(key -> errors.add(key, key, key, "no es un campo de esta categoría"));
        List<FieldValue> values = new ArrayList<>();
        for (CategoryField field : fields) {
            String value = text(given.get(field.key()), field, errors);
            if (value != null) {
                values.add(new FieldValue(
                        field.key(),
                        field.label(false),
                        field.label(true),
                        field.type(),
                        field.type().normalized(value),
                        values.size() + 1));
            }
        }
        errors.throwIfAny();
        return List.copyOf(values);
    }

    private static String text(Object raw, CategoryField field, Refusals refusals) {
        FieldRefusal errors = message -> refusals.add(field.key(), field.label(false), field.label(true), message);
        if (raw != null && !(raw instanceof String || raw instanceof Number)) {
            errors.add("debe ser un texto");
            return null;
        }
        String value = raw instanceof BigDecimal number ? number.toPlainString() : raw == null ? "" : raw.toString();
        value = value.strip();
        if (value.isEmpty()) {
            if (field.required()) {
                errors.add("es obligatorio");
            }
            return null;
        }
        if (value.length() > FieldType.VALUE_MAX) {
            errors.add("tiene más de " + FieldType.VALUE_MAX + " caracteres");
            return null;
        }
        var refusal = field.type().refusal(value, field.options());
        refusal.ifPresent(errors::add);
        return refusal.isPresent() ? null : value;
    }

    private interface FieldRefusal {
        void add(String message);
    }

    /** Every refused value, as {@code fields.<key>} errors and a detail naming the fields by their labels. */
    private static final class Refusals {

        private final List<Map<String, Object>> errors = new ArrayList<>();
        private final List<String> labelsEs = new ArrayList<>();
        private final List<String> labelsEn = new ArrayList<>();

        void add(String key, String labelEs, String labelEn, String message) {
            errors.add(Map.of("field", "fields." + key, "message", message));
            labelsEs.add(labelEs + " (" + message + ")");
            labelsEn.add(labelEn);
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ProblemException(
                        ProblemType.VALIDATION,
                        "Revise los campos de la categoría: " + String.join(", ", labelsEs) + ".",
                        "Check these fields of the category: " + String.join(", ", labelsEn) + ".",
                        Map.of("errors", List.copyOf(errors)));
            }
        }
    }
}
