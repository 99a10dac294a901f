package io.andes.billing.invoice.application;

import io.andes.billing.credit.application.RenewalCredits;
import io.andes.billing.invoice.api.RenewalInvoiceIssued;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceDraft;
import io.andes.billing.invoice.domain.InvoiceKind;
import io.andes.store.api.Renewal;
import io.andes.store.api.SubscriptionRenewals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Renews the bound tenant's subscription once, in the caller's transaction: claims it (skipping it when another runner
 * holds it), drafts it with the tenant's credit balance, issues the invoice under the next number, lets the store apply
 * the renewal and tells payments (automatic payment). All of it commits together or not at all, so a crash leaves the
 * subscription due and its number unused.
 */
@ApplicationScoped
class InvoiceIssuer {

    @Inject
    SubscriptionRenewals renewals;

    @Inject
    RenewalCredits credits;

    @Inject
    InvoiceBook book;

    @Inject
    Event<RenewalInvoiceIssued> issued;

    /** The number of the invoice issued, or empty when nothing was due (or another runner had it). */
    Optional<String> renewOnce() {
        Optional<Renewal> claimed = renewals.claimEnded();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Renewal renewal = claimed.get();
        InvoiceDraft draft = credits.draft(renewal, true);
        renewals.renew(renewal);
        Invoice invoice = book.issue(InvoiceKind.RENOVACION, renewal.subscriptionId(), draft);
        issued.fire(new RenewalInvoiceIssued(invoice.id(), invoice.number()));
        return Optional.of(invoice.number());
    }

    /**
     * The draft of a renewal in a batch: without credits, because a tenant with a credit balance (or automatic
     * payment) is left to {@link #renewOnce()} by the batch.
     */
    static InvoiceDraft batchDraftOf(Renewal renewal) {
        return InvoiceDraft.of(renewal, List.of());
    }
}
