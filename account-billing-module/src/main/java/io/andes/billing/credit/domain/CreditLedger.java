package io.andes.billing.credit.domain;

import io.andes.billing.invoice.domain.CreditNote;
import io.andes.core.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The bound tenant's credit ledger and granted credit notes; the platform's pending refunds. */
public interface CreditLedger {

    void add(LedgerEntry entry);

    /** The balance in {@code currency} as committed now. */
    BigDecimal balance(String currency);

    /**
     * The balance with the tenant's ledger rows locked until the transaction ends: whoever applies it (a renewal, a
     * settlement) sees the latest entries and the next one waits.
     */
    BigDecimal lockedBalance(String currency);

    List<LedgerEntry> entries(int offset, int limit);

    long countEntries();

    /** Credit notes of every kind, newest first. */
    List<CreditNote> notes(int offset, int limit);

    long countNotes();

    /** Credit notes of every kind issued against one invoice, oldest first. */
    List<CreditNote> notesAgainst(String invoiceId);

    /** The credited amount of the granted (not void) credit notes against one invoice. */
    BigDecimal creditedAgainst(String invoiceId);

    Optional<CreditNote> note(String id);

    Optional<LedgerEntry> entry(String id);

    /** A refund request locked until the transaction ends. */
    Optional<LedgerEntry> lockRefund(String id);

    /** A pending refund request locked until the transaction ends; empty when another transaction holds it. */
    Optional<LedgerEntry> claimPendingRefund(String id);

    /** The tenant a refund request belongs to (read across tenants), for staff who know only its id. */
    Optional<TenantId> refundTenant(String id);

    /** Pending refund requests of every tenant, oldest first. */
    List<PendingRefund> pendingRefunds(int limit);

    /** Pending refund requests of every tenant due at {@code now} (never failed, or their retry time has come). */
    List<PendingRefund> dueRefunds(Instant now, int limit);

    /** A pending refund with its tenant (read across tenants). */
    record PendingRefund(TenantId tenant, String id) {}
}
