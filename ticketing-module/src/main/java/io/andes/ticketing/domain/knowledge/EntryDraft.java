package io.andes.ticketing.domain.knowledge;

import io.andes.core.tenancy.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * An entry as the vendor's staff write it, not yet checked. {@link #validated} checks every field at once; whether the
 * audience tenant and the service exist is checked by the use case, which knows them.
 */
public record EntryDraft(
        String audienceTenant,
        String serviceCode,
        String titleEs,
        String bodyEs,
        String titleEn,
        String bodyEn,
        Instant publishedFrom,
        Instant publishedUntil) {

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    /** The checked values, or {@code null} with the reasons added to {@code errors}. */
    public ValidDraft validated(FieldErrors errors) {
        TenantId audience = audience(errors);
        String service = blankToNull(serviceCode);
        if (service != null && service.length() > 40) {
            errors.add("serviceCode", "tiene más de 40 caracteres");
        }
        String es = text(errors, "titleEs", titleEs, true, EntryText.TITLE_MIN, EntryText.TITLE_MAX);
        String esBody = text(errors, "bodyEs", bodyEs, true, 1, EntryText.BODY_MAX);
        String en = text(errors, "titleEn", titleEn, false, EntryText.TITLE_MIN, EntryText.TITLE_MAX);
        String enBody = text(errors, "bodyEn", bodyEn, false, 1, EntryText.BODY_MAX);
        if (en == null && enBody != null && !errors.has("titleEn")) {
            errors.add("titleEn", "es obligatorio cuando hay texto en inglés");
        }
        if (en != null && enBody == null && !errors.has("bodyEn")) {
            errors.add("bodyEn", "es obligatorio cuando hay título en inglés");
        }
        if (!PublishWindow.isValid(publishedFrom, publishedUntil)) {
            errors.add("publishedUntil", "debe ser posterior al inicio de la publicación");
        }
        if (publishedFrom == null && publishedUntil != null) {
            errors.add("publishedFrom", "es obligatorio cuando se indica el fin de la publicación");
        }
        return errors.isEmpty()
                ? new ValidDraft(
                        audience,
                        service,
                        new EntryText(es, esBody, en, enBody),
                        new PublishWindow(publishedFrom, publishedUntil))
                : null;
    }

    private TenantId audience(FieldErrors errors) {
        String code = blankToNull(audienceTenant);
        if (code == null) {
            return null;
        }
        if (!TenantId.isValid(code)) {
            errors.add("audienceTenant", "no es un código de cliente válido");
            return null;
        }
        return new TenantId(code);
    }

    private static String text(FieldErrors errors, String field, String value, boolean required, int min, int max) {
        String text = blankToNull(value);
        if (text == null) {
            if (required) {
                errors.add(field, "es obligatorio");
            }
            return null;
        }
        if (text.length() < min || text.length() > max) {
            errors.add(field, "debe tener entre " + min + " y " + max + " caracteres");
            return null;
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Reads an instant typed as ISO-8601 with an offset ({@code 2026-03-18T09:00:00-03:00} or {@code ...Z}); a
     * malformed one is added to {@code errors} under {@code field}.
     */
    public static Instant instant(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text.strip()).toInstant();
            if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
                errors.add(field, "debe estar entre los años 2000 y 9998");
                return null;
            }
            return instant;
        } catch (DateTimeParseException e) {
            errors.add(field, "debe ser una fecha y hora ISO-8601 con zona, por ejemplo 2026-03-18T09:00:00-03:00");
            return null;
        }
    }

    /** A draft whose fields are well formed. */
    public record ValidDraft(TenantId audience, String serviceCode, EntryText text, PublishWindow window) {}
}
