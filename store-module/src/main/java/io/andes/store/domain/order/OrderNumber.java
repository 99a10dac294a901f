package io.andes.store.domain.order;

import io.andes.core.problem.ProblemException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An order's number within its tenant, shown as {@code O-000001}. */
public record OrderNumber(int sequence) {

    private static final Pattern FORMAT = Pattern.compile("(?i)O-(\\d{1,9})");

    public OrderNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("An order number starts at 1: " + sequence);
        }
    }

    /** Reads "O-000001" or "o-1"; anything else is a 400 on {@code orderNumber}. */
    public static OrderNumber parse(String raw) {
        Matcher matcher = FORMAT.matcher(raw == null ? "" : raw.strip());
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) < 1) {
            throw ProblemException.invalidField(
                    "orderNumber",
                    "no tiene el formato O-000001",
                    "El número de orden no es válido; use el formato O-000001.",
                    "The order number is not valid; use the format O-000001.");
        }
        return new OrderNumber(Integer.parseInt(matcher.group(1)));
    }

    public static boolean looksLikeNumber(String raw) {
        return raw != null && raw.strip().toUpperCase(Locale.ROOT).startsWith("O-");
    }

    public String formatted() {
        return String.format(Locale.ROOT, "O-%06d", sequence);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
