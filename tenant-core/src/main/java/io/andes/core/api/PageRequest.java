package io.andes.core.api;

import io.andes.core.problem.ProblemException;

/** A page asked for by a client: page from 0, size from 1 to 100 (20 when not given). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0 || page > 1_000_000) {
            throw invalid("page", "debe estar entre 0 y 1000000", "must be between 0 and 1000000");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw invalid("size", "debe estar entre 1 y 100", "must be between 1 and 100");
        }
    }

    /** Reads the {@code page} and {@code size} query parameters, refusing anything but small whole numbers. */
    public static PageRequest of(String page, String size) {
        return new PageRequest(number("page", page, 0), number("size", size, DEFAULT_SIZE));
    }

    private static int number(String field, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw invalid(field, "debe ser un número entero", "must be a whole number");
        }
    }

    public int offset() {
        return page * size;
    }

    private static ProblemException invalid(String field, String spanish, String english) {
        return ProblemException.invalidField(
                field,
                spanish,
                "El parámetro " + field + " " + spanish + ".",
                "The parameter " + field + " " + english + ".");
    }
}
