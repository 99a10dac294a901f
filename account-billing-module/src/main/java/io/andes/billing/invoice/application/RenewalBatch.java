package io.andes.billing.invoice.application;

import io.andes.billing.invoice.domain.BillingData;
import io.andes.billing.invoice.domain.InvoiceBatchRepository;
import io.andes.billing.invoice.domain.InvoiceBatchRepository.Issued;
import io.andes.billing.invoice.domain.InvoiceDraft;
import io.andes.billing.invoice.domain.InvoiceKind;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.core.tenancy.TenantId;
import io.andes.store.api.ClaimedRenewal;
import io.andes.store.api.SubscriptionBatchRenewals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renews a batch of tenants in the caller's transaction (no tenant bound): claims their ended subscriptions (skipping
 * those another runner holds, and leaving to the one-by-one renewal the tenants with a credit balance to apply or
 * automatic payment to schedule), issues one invoice each from the same draft as the one-by-one renewal, lets the store
 * apply the renewals, and numbers the invoices last with one raise of the counter, so that the counter row stays
 * locked only for the inserts and the commit. All of it commits together or not at all.
 */
@ApplicationScoped
class RenewalBatch {

    /** What a batch did: invoices issued, and the tenants it settled (renewed and no longer due). */
    record Outcome(int issued, Set<TenantId> settled) {
        static final Outcome NONE = new Outcome(0, Set.of());
    }

    @Inject
    SubscriptionBatchRenewals renewals;

    @Inject
    InvoiceBatchRepository invoices;

    @Inject
    InvoiceBook book;

    Outcome issue(List<TenantId> tenants) {
        Set<TenantId> oneByOne = invoices.renewingOneByOne(tenants);
        List<ClaimedRenewal> claimed = renewals.claimEnded(
                tenants.stream().filter(tenant -> !oneByOne.contains(tenant)).toList());
        if (claimed.isEmpty()) {
            return Outcome.NONE;
        }
        List<TenantId> ids = claimed.stream().map(c -> c.tenant().id()).toList();
        Map<TenantId, BillingData> saved = invoices.billingData(
                ids, claimed.stream().collect(Collectors.toMap(c -> c.tenant().id(), c -> c.tenant()
                        .country())));
        renewals.renewAll(claimed);
        // around New Year the tenants' "today" may fall in two years: each year numbers its own invoices
        Map<Integer, List<ClaimedRenewal>> byYear = new TreeMap<>(
                claimed.stream().collect(Collectors.groupingBy(c -> c.today().getYear())));
        List<Issued> issued = new ArrayList<>();
        Set<TenantId> settled = new HashSet<>();
        for (Map.Entry<Integer, List<ClaimedRenewal>> year : byYear.entrySet()) {
            int sequence = invoices.takeNumbers(
                    InvoiceNumber.INVOICE, year.getKey(), year.getValue().size());
            for (ClaimedRenewal renewal : year.getValue()) {
                TenantId tenant = renewal.tenant().id();
                InvoiceDraft draft = InvoiceIssuer.batchDraftOf(renewal.renewal());
                BillingData billedTo = saved.getOrDefault(tenant, BilledParty.registered(renewal.tenant()));
                InvoiceNumber number = new InvoiceNumber(InvoiceNumber.INVOICE, year.getKey(), sequence++);
                issued.add(new Issued(
                        tenant,
                        book.invoice(
                                InvoiceKind.RENOVACION,
                                number,
                                renewal.renewal().subscriptionId(),
                                draft,
                                billedTo,
                                renewal.today()),
                        draft.lines()));
                if (renewal.renewal().periodEnd().isAfter(renewal.today())) {
                    settled.add(tenant);
                }
            }
        }
        invoices.addAll(issued);
        return new Outcome(issued.size(), settled);
    }
}
