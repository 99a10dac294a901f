package io.andes.core.api;

import java.time.LocalDate;

/** A tenant's quota as shown to clients: limit (plan plus add-ons), use and, for monthly quotas, the month. */
public record EntitlementView(
        EntitlementType type,
        String name,
        int limit,
        int included,
        int additional,
        int used,
        int available,
        LocalDate periodStart,
        LocalDate periodEnd) {

    /** The same view with the quota's name in English or Spanish. */
    public EntitlementView inLanguage(boolean english) {
        return new EntitlementView(
                type, type.displayName(english), limit, included, additional, used, available, periodStart, periodEnd);
    }
}
