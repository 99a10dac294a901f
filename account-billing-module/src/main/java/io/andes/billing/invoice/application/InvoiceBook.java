package io.andes.billing.invoice.application;

import io.andes.billing.credit.application.RenewalCredits;
import io.andes.billing.invoice.domain.BillingData;
import io.andes.billing.invoice.domain.DraftLine;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceDraft;
import io.andes.billing.invoice.domain.InvoiceKind;
import io.andes.billing.invoice.domain.InvoiceLine;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.billing.invoice.domain.InvoiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues a draft as an invoice of the bound tenant, in the caller's transaction: the next number, its billing data as
 * they are today, its lines, and the credit balance its balance line used leaves the ledger.
 */
@ApplicationScoped
public class InvoiceBook {

    @Inject
    InvoiceRepository invoices;

    @Inject
    RenewalCredits credits;

    @Inject
    BilledParty billedParty;

    @Inject
    BillingCalendar calendar;

    @Inject
    @ConfigProperty(name = "andes.billing.payment-days", defaultValue = "15")
    int paymentDays;

    public Invoice issue(InvoiceKind kind, String subscriptionId, InvoiceDraft draft) {
        return issue(
                draft, (number, billedTo, today, now) -> invoice(kind, number, subscriptionId, draft, billedTo, today));
    }

    /** An invoice of {@code draft} under {@code number}, issued {@code today}, due after the payment days; not stored. */
    Invoice invoice(
            InvoiceKind kind,
            InvoiceNumber number,
            String subscriptionId,
            InvoiceDraft draft,
            BillingData billedTo,
            LocalDate today) {
        return new Invoice(
                kind, number, subscriptionId, draft, billedTo, today, today.plusDays(paymentDays), calendar.now());
    }

    /** The invoice of a store order paid online at once: its own source in the period, due the day it is issued. */
    public Invoice issueForOrder(String orderId, String subscriptionId, InvoiceDraft draft) {
        return issue(
                draft,
                (number, billedTo, today, now) ->
                        Invoice.forOrder(number, orderId, subscriptionId, draft, billedTo, today, now));
    }

    /** The invoice of a one-off service paid at once ({@code sourceKey} names the purchase), due the day it is issued. */
    public Invoice issuePaidAtOnce(String sourceKey, String subscriptionId, InvoiceDraft draft) {
        return issue(
                draft,
                (number, billedTo, today, now) ->
                        Invoice.paidAtOnce(number, sourceKey, subscriptionId, draft, billedTo, today, now));
    }

    private Invoice issue(InvoiceDraft draft, Issue issue) {
        LocalDate today = calendar.today();
        // the counter row is locked last, so that runners working on other tenants wait for it as briefly as possible
        InvoiceNumber number = invoices.takeNumber(InvoiceNumber.INVOICE, today.getYear());
        Invoice invoice = issue.invoice(number, billedParty.of(calendar.tenant()), today, calendar.now());
        invoices.add(invoice);
        int position = 0;
        for (DraftLine line : draft.lines()) {
            invoices.add(new InvoiceLine(invoice, ++position, line));
        }
        credits.applied(invoice, draft);
        return invoice;
    }

    /** How one kind of invoice is made from its number and the billing data of today. */
    private interface Issue {
        Invoice invoice(InvoiceNumber number, BillingData billedTo, LocalDate today, Instant now);
    }
}
