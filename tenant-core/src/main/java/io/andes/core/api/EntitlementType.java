package io.andes.core.api;

import java.util.Locale;
import java.util.Optional;

/**
 * What a tenant's plan and add-ons entitle it to. DTE documents (electronic tax documents) are counted per calendar
 * month in the tenant's time zone; the others are counted while in use.
 */
public enum EntitlementType {
    USERS(false, "Usuarios", "Users"),
    DTE_DOCUMENTS(true, "Documentos tributarios (DTE) del mes", "Tax documents (DTE) this month"),
    WORKERS(false, "Trabajadores", "Workers"),
    LEGAL_ENTITIES(false, "Razones sociales", "Legal entities");

    private final boolean monthly;
    private final String spanishName;
    private final String englishName;

    EntitlementType(boolean monthly, String spanishName, String englishName) {
        this.monthly = monthly;
        this.spanishName = spanishName;
        this.englishName = englishName;
    }

    /** Whether usage starts again from zero on the first day of each month. */
    public boolean monthly() {
        return monthly;
    }

    public String displayName(boolean english) {
        return english ? englishName : spanishName;
    }

    /** Accepts {@code DTE_DOCUMENTS}, {@code dte_documents} or {@code dte-documents}. */
    public static Optional<EntitlementType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (EntitlementType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
