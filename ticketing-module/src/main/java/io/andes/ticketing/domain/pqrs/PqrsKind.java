package io.andes.ticketing.domain.pqrs;

import io.andes.core.problem.ProblemException;
import java.util.Locale;

/** The kind of a PQRS filing, as the customer chooses it. */
public enum PqrsKind {
    PETICION("Petición", "Request"),
    QUEJA("Queja", "Complaint"),
    RECLAMO("Reclamo", "Claim"),
    SUGERENCIA("Sugerencia", "Suggestion");

    private final String spanishLabel;
    private final String englishLabel;

    PqrsKind(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    /** The kind a client named ("RECLAMO", "reclamo"); anything else is a 400 on {@code kind}. */
    public static PqrsKind parse(String raw) {
        String name = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        for (PqrsKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw ProblemException.invalidField(
                "kind",
                "debe ser PETICION, QUEJA, RECLAMO o SUGERENCIA",
                "El tipo debe ser petición, queja, reclamo o sugerencia.",
                "The kind must be PETICION, QUEJA, RECLAMO or SUGERENCIA.");
    }

    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
