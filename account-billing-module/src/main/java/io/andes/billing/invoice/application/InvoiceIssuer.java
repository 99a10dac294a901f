package io.andes.billing.invoice.application;

import io.andes.billing.invoice.domain.BillingData;
import io.andes.billing.invoice.domain.DraftLine;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceDraft;
import io.andes.billing.invoice.domain.InvoiceLine;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.core.api.TenantSummary;
import io.andes.store.api.Renewal;
import io.andes.store.api.SubscriptionRenewals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renews the bound tenant's subscription once, in the caller's transaction: claims it (skipping it when another runner
 * holds it), issues the invoice of its draft under the next number, and lets the store apply the renewal. All of it
 * commits together or not at all, so a crash leaves the subscription due and its number unused.
 */
@ApplicationScoped
class InvoiceIssuer {

    @Inject
    SubscriptionRenewals renewals;

    @Inject
    InvoiceRepository invoices;

    @Inject
    BilledParty billedParty;

    @Inject
    BillingCalendar calendar;

    @Inject
    @ConfigProperty(name = "andes.billing.payment-days", defaultValue = "15")
    int paymentDays;

    /** The number of the invoice issued, or empty when nothing was due (or another runner had it). */
    Optional<String> renewOnce() {
        Optional<Renewal> claimed = renewals.claimEnded();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Renewal renewal = claimed.get();
        InvoiceDraft draft = draftOf(renewal);
        renewals.renew(renewal);
        TenantSummary tenant = calendar.tenant();
        LocalDate today = calendar.today();
        // the counter row is locked last, so that runners working on other tenants wait for it as briefly as possible
        InvoiceNumber number = invoices.takeNumber(InvoiceNumber.INVOICE, today.getYear());
        Invoice invoice = issue(number, renewal, draft, billedParty.of(tenant), today);
        invoices.add(invoice);
        int position = 0;
        for (DraftLine line : draft.lines()) {
            invoices.add(new InvoiceLine(invoice, ++position, line));
        }
        return Optional.of(number.formatted());
    }

    /** The renewal's draft: what its invoice charges (the one place both the one-by-one and the batch path draft). */
    static InvoiceDraft draftOf(Renewal renewal) {
        return InvoiceDraft.of(renewal, List.of());
    }

    /** The invoice of {@code draft} issued {@code today} in the tenant's time zone, due after the payment days. */
    Invoice issue(InvoiceNumber number, Renewal renewal, InvoiceDraft draft, BillingData billedTo, LocalDate today) {
        return new Invoice(
                number, renewal.subscriptionId(), draft, billedTo, today, today.plusDays(paymentDays), calendar.now());
    }
}
