package io.andes.billing.invoice.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The bound tenant's invoices, their lines and credit notes; document numbers from the platform-wide counters. */
public interface InvoiceRepository {

    /**
     * Creates the platform's counter row of {@code prefix} and {@code year} when absent; for a transaction of its own
     * before the renewals, so that simultaneous runners never race to create it inside theirs.
     */
    void createCounter(String prefix, int year);

    /**
     * The next number of {@code prefix} in {@code year}: the counter row is locked and raised in the caller's
     * transaction, so numbers are handed out in order and a rollback gives the number back (no gaps).
     */
    InvoiceNumber takeNumber(String prefix, int year);

    /** Adds and writes the invoice; a second invoice for the same period fails with {@link DuplicatePeriodException}. */
    void add(Invoice invoice);

    void add(InvoiceLine line);

    void add(CreditNote note);

    Optional<Invoice> find(InvoiceNumber number);

    Optional<Invoice> byId(String id);

    /** The renewal invoice, not void, of the period starting on {@code periodStart}: what prepaid that period. */
    Optional<Invoice> renewalOf(LocalDate periodStart);

    /** The invoice locked until the transaction ends. */
    Optional<Invoice> lock(InvoiceNumber number);

    /** The invoice by its id, locked until the transaction ends. */
    Optional<Invoice> lockById(String id);

    /** The invoice issued at once for a store order paid online. */
    Optional<Invoice> byOrder(String orderId);

    List<Invoice> list(int offset, int limit);

    long count();

    List<InvoiceLine> lines(Invoice invoice);

    Optional<CreditNote> creditNoteOf(Invoice invoice);
}
