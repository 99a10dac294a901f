package io.andes.core.domain.tenant;

/**
 * Thrown when a value is not a valid tax identifier for its country. The message is a Spanish sentence fit to show to
 * the end user; {@link #reason()} is the machine-readable cause and {@link #englishMessage()} the same text in English.
 */
public final class InvalidTaxIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Longest part of the rejected input echoed in the message, so huge inputs do not flood logs or responses. */
    private static final int MAX_ECHOED_CHARS = 32;

    /** Why a value was rejected. */
    public enum Reason {
        EMPTY("está vacío", "it is empty"),
        MALFORMED("formato incorrecto", "malformed value"),
        WRONG_LENGTH("largo incorrecto", "wrong length"),
        WRONG_CHECK_DIGIT("dígito verificador incorrecto", "wrong check digit"),
        INVALID_DATE("la fecha no existe", "the date does not exist");

        private final String spanish;
        private final String english;

        Reason(String spanish, String english) {
            this.spanish = spanish;
            this.english = english;
        }
    }

    private final Country country;
    private final Reason reason;
    private final String englishMessage;

    private InvalidTaxIdException(Country country, Reason reason, String spanishMessage, String englishMessage) {
        super(spanishMessage);
        this.country = country;
        this.reason = reason;
        this.englishMessage = englishMessage;
    }

    static InvalidTaxIdException missingCountry() {
        return new InvalidTaxIdException(
                null,
                Reason.EMPTY,
                "Debe indicarse el país del identificador tributario.",
                "The country of the tax id must be given.");
    }

    static InvalidTaxIdException empty(Country country) {
        String name = country.taxIdName();
        return new InvalidTaxIdException(
                country, Reason.EMPTY, "El " + name + " no puede estar vacío.", "The " + name + " must not be empty.");
    }

    static InvalidTaxIdException invalid(Country country, String raw, Reason reason) {
        return invalid(country, raw, reason, reason.spanish, reason.english);
    }

    /** For a value that is valid but was given to the record's constructor in a form other than the canonical one. */
    static InvalidTaxIdException notCanonical(Country country, String value) {
        return invalid(country, value, Reason.MALFORMED, "no está en forma canónica", "not in canonical form");
    }

    private static InvalidTaxIdException invalid(
            Country country, String raw, Reason reason, String spanishDetail, String englishDetail) {
        String name = country.taxIdName();
        String shown = echo(raw);
        return new InvalidTaxIdException(
                country,
                reason,
                "El " + name + " " + shown + " no es válido: " + spanishDetail + ".",
                "The " + name + " " + shown + " is not valid: " + englishDetail + ".");
    }

    /** The input as the user typed it, minus control characters (log forging) and anything past a sane length. */
    private static String echo(String raw) {
        String cleaned = raw.strip().replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= MAX_ECHOED_CHARS ? cleaned : cleaned.substring(0, MAX_ECHOED_CHARS) + "…";
    }

    /** The country whose rules rejected the value, or {@code null} when no country was given at all. */
    public Country country() {
        return country;
    }

    /** Machine-readable cause, e.g. for an API error code or a form-field hint. */
    public Reason reason() {
        return reason;
    }

    /** Same text as {@link #getMessage()}, in English. */
    public String englishMessage() {
        return englishMessage;
    }
}
