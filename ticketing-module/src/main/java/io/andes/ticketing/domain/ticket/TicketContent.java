package io.andes.ticketing.domain.ticket;

import io.andes.core.problem.ProblemException;

/**
 * What a ticket says: subject (1–200 characters), description (1–20,000) and an optional contact phone in E.164 form
 * for SMS notices. Text is kept exactly as typed; pages escape it when they show it.
 */
public record TicketContent(String subject, String description, String contactPhone) {

    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;

    public TicketContent {
        subject = required("subject", subject, SUBJECT_MAX, "el asunto", "the subject");
        description = required("description", description, DESCRIPTION_MAX, "la descripción", "the description");
        contactPhone = phone(contactPhone);
    }

    public static String required(String field, String value, int max, String spanish, String english) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw ProblemException.invalidField(
                    field, "es obligatorio", "Falta " + spanish + ".", capitalized(english) + " is missing.");
        }
        if (text.length() > max) {
            throw ProblemException.invalidField(
                    field,
                    "tiene más de " + max + " caracteres",
                    capitalized(spanish) + " tiene más de " + max + " caracteres.",
                    capitalized(english) + " is longer than " + max + " characters.");
        }
        return text;
    }

    private static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String compact = raw.replaceAll("[\\s().-]", "");
        if (!compact.matches("\\+[1-9][0-9]{7,14}")) {
            throw ProblemException.invalidField(
                    "contactPhone",
                    "debe tener el formato internacional, por ejemplo +56912345678",
                    "El teléfono debe tener el formato internacional, por ejemplo +56912345678.",
                    "The phone must be in international format, for example +56912345678.");
        }
        return compact;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
