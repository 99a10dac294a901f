package io.andes.core.application;

import io.andes.core.domain.notification.PhoneNumber;
import io.andes.core.domain.user.EmailAddress;
import io.andes.core.problem.ProblemException;

/** Checks what a module asks the outbox to send; a bad value is a 400 that names the field. */
final class NotificationInputs {

    static final int SUBJECT_LIMIT = 200;
    static final int TEXT_LIMIT = 100_000;
    static final int HTML_LIMIT = 200_000;
    /** Ten concatenated SMS segments: more is no longer a text message. */
    static final int SMS_LIMIT = 1_600;

    private NotificationInputs() {}

    static EmailAddress email(String to) {
        try {
            return new EmailAddress(to);
        } catch (IllegalArgumentException e) {
            throw invalid("to", "no es un correo válido", "The recipient is not a valid e-mail address.");
        }
    }

    static PhoneNumber phone(String to) {
        try {
            return new PhoneNumber(to);
        } catch (IllegalArgumentException e) {
            throw invalid(
                    "phone",
                    "debe ser un número E.164: + y de 8 a 15 dígitos",
                    "The phone must be an E.164 number: + and 8 to 15 digits.");
        }
    }

    /** A subject is one header line: required, at most 200 characters, no line breaks (no header injection). */
    static String subject(String subject) {
        if (subject == null
                || subject.isBlank()
                || subject.length() > SUBJECT_LIMIT
                || subject.chars().anyMatch(Character::isISOControl)) {
            throw invalid(
                    "subject",
                    "obligatorio, una línea de hasta 200 caracteres",
                    "The subject is required: one line of up to 200 characters.");
        }
        return subject.strip();
    }

    static String text(String field, String text, int limit) {
        if (text == null || text.isBlank() || text.length() > limit) {
            throw invalid(
                    field,
                    "obligatorio, hasta " + limit + " caracteres",
                    "The " + field + " is required, up to " + limit + " characters.");
        }
        return text;
    }

    /** The HTML alternative is optional; blank means none. */
    static String html(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        if (html.length() > HTML_LIMIT) {
            throw invalid("html", "hasta " + HTML_LIMIT + " caracteres", "The HTML is too long.");
        }
        return html;
    }

    private static ProblemException invalid(String field, String spanish, String english) {
        return ProblemException.invalidField(field, spanish, "El campo " + field + " " + spanish + ".", english);
    }
}
