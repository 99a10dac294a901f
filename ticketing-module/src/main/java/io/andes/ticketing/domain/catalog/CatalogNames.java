package io.andes.ticketing.domain.catalog;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.ticket.TicketContent;

/** A catalog entry's name in Spanish and English, both required, up to 100 characters. */
public record CatalogNames(String es, String en) {

    public static final int MAX = 100;
    private static final String CODE_PATTERN = "[a-z][a-z0-9-]{0,39}";

    public CatalogNames {
        es = TicketContent.required("nameEs", es, MAX, "el nombre en español", "the Spanish name");
        en = TicketContent.required("nameEn", en, MAX, "el nombre en inglés", "the English name");
    }

    /** A service or queue code: lower-case letters, digits and hyphens, starting with a letter, up to 40. */
    public static String code(String raw) {
        String code = raw == null ? "" : raw.strip();
        if (!code.matches(CODE_PATTERN)) {
            throw ProblemException.invalidField(
                    "code",
                    "minúsculas, dígitos y guiones (hasta 40)",
                    "El código lleva minúsculas, dígitos y guiones, y empieza con una letra (hasta 40).",
                    "The code takes lower-case letters, digits and hyphens, and starts with a letter (up to 40).");
        }
        return code;
    }
}
