package io.andes.billing.credit.api;

import io.andes.core.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Credit notes billing staff chose to refund to the card instead of the credit balance, for the payment gateway to
 * execute: it lists the pending ones (of every tenant), claims one at a time (a row another instance holds is skipped)
 * and marks it done with the gateway's reference once the refund succeeded, or records why it failed (it stays
 * pending and is tried again). Marking twice changes nothing. Implemented by billing; no money moves here.
 */
public interface RefundRequests {

    /** Pending refund requests, oldest first, at most {@code limit}. */
    List<Request> pending(int limit);

    /** Pending refund requests due at {@code now}: never tried, or their retry time after a failure has come. */
    List<Request> due(Instant now, int limit);

    /** The gateway refunded it; false when it was done before. An unknown id (or another tenant's) is a 404. */
    boolean markDone(TenantId tenant, String id, String gatewayReference);

    /**
     * In the caller's transaction, with the request's tenant bound: the pending request locked until the transaction
     * ends; empty when it is done, unknown, or being refunded by another instance right now ({@code SKIP LOCKED}).
     */
    Optional<Request> claim(String id);

    /** In the caller's transaction: the claimed request is done under the gateway's reference. */
    boolean done(String id, String gatewayReference);

    /** In the caller's transaction: an attempt failed with {@code reason}; pending again from {@code retryAt}. */
    void failed(String id, String reason, Instant retryAt);

    /**
     * A refund owed: {@code amount} is what goes back to the card, tax included, of the invoice {@code invoiceNumber}
     * (its currency), for the credit note {@code creditNote}; the attempts made so far and the last failure;
     * {@code toCard} whether a card payment of the invoice can still take it back (if not, staff close it by hand).
     */
    record Request(
            TenantId tenant,
            String id,
            String creditNote,
            String invoiceId,
            String invoiceNumber,
            String currency,
            BigDecimal amount,
            Instant requestedAt,
            int attempts,
            String failure,
            boolean toCard) {}
}
