package io.andes.billing.invoice.domain;

import io.andes.core.tenancy.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Invoices of many tenants at once, for the renewal run's batches: every statement names its tenants itself (no tenant
 * is bound), and all of it runs in the caller's transaction.
 */
public interface InvoiceBatchRepository {

    /** An invoice issued by a batch, with its tenant and the lines of its draft in order. */
    record Issued(TenantId tenant, Invoice invoice, List<DraftLine> lines) {}

    /**
     * The first of {@code count} consecutive numbers of {@code prefix} in {@code year}: the counter row is locked and
     * raised by {@code count} in the caller's transaction, so a rollback gives them all back (no gaps).
     */
    int takeNumbers(String prefix, int year, int count);

    /** The saved billing data ("Mis datos de pago") of those of {@code tenants} that have it, for {@code country}. */
    Map<TenantId, BillingData> billingData(Collection<TenantId> tenants, Map<TenantId, String> countries);

    /**
     * Those of {@code tenants} whose renewal needs the one-by-one path: a credit balance its invoice must use, or
     * automatic payment on (the renewal schedules the charge).
     */
    Set<TenantId> renewingOneByOne(Collection<TenantId> tenants);

    /** Writes the invoices and their lines; a second invoice for a period fails the whole call. */
    void addAll(List<Issued> issued);
}
