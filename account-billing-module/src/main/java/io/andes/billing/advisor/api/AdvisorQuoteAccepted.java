package io.andes.billing.advisor.api;

import io.andes.core.tenancy.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * A tenant admin accepted an advisor's quote: fired (CDI, synchronously) inside the acceptance's transaction with the
 * tenant bound, so an observer — the store, putting the lines in the tenant's cart — works in the same transaction and
 * a failure undoes the acceptance. The product codes are the store's (USERS, DTE_PACK, WORKERS, LEGAL_ENTITIES,
 * PRIORITY_SUPPORT).
 */
public record AdvisorQuoteAccepted(
        TenantId tenant,
        String quoteId,
        String requestNumber,
        List<Line> lines,
        String acceptedBy,
        Instant acceptedAt) {

    public AdvisorQuoteAccepted {
        lines = List.copyOf(lines);
    }

    /** One accepted line: the store's product code, how many, and the advisor's note. */
    public record Line(String product, int quantity, String note) {}
}
