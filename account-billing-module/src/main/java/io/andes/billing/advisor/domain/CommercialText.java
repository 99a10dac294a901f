package io.andes.billing.advisor.domain;

import io.andes.core.problem.ProblemException;

/** The text rules of the channel: required or optional, stripped, within a length; kept exactly as typed otherwise. */
public final class CommercialText {

    public static final int MESSAGE_MAX = 10_000;
    public static final int SHORT_MAX = 200;

    private CommercialText() {}

    /** The text stripped, or a 400 on {@code field} when it is blank or longer than {@code max}. */
    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw ProblemException.invalidField(
                    field, "es obligatorio", "Falta el campo " + field + ".", "The field " + field + " is missing.");
        }
        return text;
    }

    /** The text stripped, {@code null} when blank, or a 400 on {@code field} when longer than {@code max}. */
    public static String optional(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw ProblemException.invalidField(
                    field,
                    "tiene más de " + max + " caracteres",
                    "El campo " + field + " tiene más de " + max + " caracteres.",
                    "The field " + field + " is longer than " + max + " characters.");
        }
        return text.isEmpty() ? null : text;
    }
}
