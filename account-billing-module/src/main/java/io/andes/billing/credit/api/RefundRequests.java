package io.andes.billing.credit.api;

import io.andes.core.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Credit notes billing staff chose to refund to the card instead of the credit balance, for the payment gateway to
 * execute: it lists the pending ones (of every tenant) and marks each done with the gateway's reference once the
 * refund succeeded. Marking twice changes nothing. Implemented by billing; no money moves here.
 */
public interface RefundRequests {

    /** Pending refund requests, oldest first, at most {@code limit}. */
    List<Request> pending(int limit);

    /** The gateway refunded it; false when it was done before. An unknown id (or another tenant's) is a 404. */
    boolean markDone(TenantId tenant, String id, String gatewayReference);

    /**
     * A refund owed: {@code amount} is what goes back to the card, tax included, of the invoice {@code invoiceNumber}
     * (its currency), for the credit note {@code creditNote}.
     */
    record Request(
            TenantId tenant,
            String id,
            String creditNote,
            String invoiceNumber,
            String currency,
            BigDecimal amount,
            Instant requestedAt) {}
}
