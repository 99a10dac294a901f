package io.andes.core.domain.entitlement;

import io.andes.core.api.EntitlementType;
import java.time.LocalDate;

/** A snapshot of one quota: limit, use and, for monthly quotas, the month counted. */
public record EntitlementUsage(EntitlementType type, int included, int additional, int used, LocalDate periodStart) {

    public int limit() {
        return included + additional;
    }

    public int available() {
        return Math.max(0, limit() - used);
    }
}
