package io.andes.ticketing.domain.catalog;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.ticket.TicketContent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A field's definition, checked once: labels in both languages, the type, the options (a choice needs at least one,
 * distinct, none blank; other types none), whether it is required and where it goes in the form.
 */
public record FieldDefinition(
        String labelEs, String labelEn, FieldType type, List<String> options, boolean required, int order) {

    public static final int LABEL_MAX = 100;

    public FieldDefinition {
        labelEs = TicketContent.required("labelEs", labelEs, LABEL_MAX, "la etiqueta en español", "the Spanish label");
        labelEn = TicketContent.required("labelEn", labelEn, LABEL_MAX, "la etiqueta en inglés", "the English label");
        Objects.requireNonNull(type, "type");
        options = options(type, options == null ? List.of() : options);
    }

    /** The type named by the client, or a 400 on {@code type}. */
    public static FieldType type(String name) {
        return FieldType.named(name)
                .orElseThrow(() -> ProblemException.invalidField(
                        "type",
                        "TEXT, NUMBER, DATE o CHOICE",
                        "El tipo del campo es TEXT, NUMBER, DATE o CHOICE.",
                        "The field type is TEXT, NUMBER, DATE or CHOICE."));
    }

    private static List<String> options(FieldType type, List<String> raw) {
        List<String> clean = raw.stream()
                .map(o -> o == null ? "" : o.strip())
                .filter(o -> !o.isEmpty())
                .toList();
        if (type != FieldType.CHOICE) {
            return List.of();
        }
        boolean tooLong = clean.stream().anyMatch(o -> o.length() > LABEL_MAX);
        if (clean.isEmpty()
                || clean.size() > CategoryField.OPTIONS_MAX
                || tooLong
                || new LinkedHashSet<>(clean).size() != clean.size()) {
            throw ProblemException.invalidField(
                    "options",
                    "entre 1 y " + CategoryField.OPTIONS_MAX + " opciones distintas",
                    "Una lista de opciones lleva entre 1 y 50 opciones distintas de hasta 100 caracteres.",
                    "A choice takes between 1 and 50 distinct options of up to 100 characters.");
        }
        return List.copyOf(clean);
    }
}
