package io.andes.billing.credit.application;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.domain.CancellationSettlement;
import io.andes.billing.credit.domain.CreditLedger;
import io.andes.billing.credit.domain.SettlementRepository;
import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.invoice.application.InvoiceBook;
import io.andes.billing.invoice.domain.CreditNote;
import io.andes.billing.invoice.domain.CreditNoteKind;
import io.andes.billing.invoice.domain.DraftLine;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceDraft;
import io.andes.billing.invoice.domain.InvoiceKind;
import io.andes.billing.invoice.domain.InvoiceLine;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.billing.invoice.domain.InvoiceStatus;
import io.andes.billing.payment.api.CardPayments;
import io.andes.core.api.TenantClosure;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import io.andes.store.api.SubscriptionEnding;
import io.andes.ticketing.api.TicketFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.math.BigDecimal;
import java.util.List;

/**
 * Billing staff settle a tenant's cancellation from its cancellation ticket, effective on the notice date the ticket
 * recorded: the unused prepaid days become a credit note (to the balance, or refunded to the card of the paid invoice
 * that prepaid them), the charges still pending go on a settlement invoice that uses the balance, the subscription
 * ends and the tenant becomes CANCELLED (its data stay readable by staff). One transaction, audited; the preview
 * computes the same figures without changing anything, and a second execution is a 409.
 */
@ApplicationScoped
public class CancellationSettlements {

    @Inject
    StaffTenantAccess staff;

    @Inject
    CardPayments cards;

    @Inject
    TicketFacts tickets;

    @Inject
    SubscriptionEnding subscriptions;

    @Inject
    InvoiceRepository invoices;

    @Inject
    CreditLedger ledger;

    @Inject
    CreditGrants grants;

    @Inject
    RenewalCredits credits;

    @Inject
    InvoiceBook book;

    @Inject
    SettlementRepository settlements;

    @Inject
    TenantClosure closure;

    @Inject
    BillingCalendar calendar;

    @Inject
    Provider<CurrentUser> caller;

    public CreditViews.Settlement preview(TenantId tenant, String ticket, boolean refund) {
        return staff.call(tenant, "cancellation.previewed", ticket, "vista previa del término", () -> {
            var done = settlements.find();
            if (done.isPresent()) {
                return executed(done.get());
            }
            SettlementPlan plan = plan(ticket, null, refund);
            BigDecimal before = ledger.balance(plan.ending().currency());
            BigDecimal used = plan.hasCharges()
                    ? RenewalCredits.used(
                            RenewalCredits.withBalance(plan::charges, refund ? before : before.add(plan.credit())))
                    : BigDecimal.ZERO;
            return view(plan, before, used, null, null);
        });
    }

    public CreditViews.Settlement execute(TenantId tenant, String ticket, String reason, boolean refund) {
        String why = StaffTenantAccess.requireReason(reason);
        return staff.call(tenant, "cancellation.settled", ticket, why, () -> {
            if (settlements.find().isPresent()) {
                throw CancellationSettlement.alreadySettled();
            }
            SettlementPlan plan = plan(ticket, why, refund);
            String currency = plan.ending().currency();
            BigDecimal before = ledger.lockedBalance(currency);
            CreditNote note = plan.credit().signum() > 0 ? credit(plan, why) : null;
            Invoice invoice = null;
            BigDecimal used = BigDecimal.ZERO;
            if (plan.hasCharges()) {
                InvoiceDraft draft = credits.withBalance(plan::charges, currency, true);
                invoice = book.issue(InvoiceKind.TERMINO, plan.ending().subscriptionId(), draft);
                used = RenewalCredits.used(draft);
            }
            closure.cancel("Término por el ticket " + plan.ticket() + ": " + why);
            CancellationSettlement settlement = new CancellationSettlement(
                    figures(plan, used),
                    note == null ? null : note.id(),
                    invoice == null ? null : invoice.id(),
                    caller.get().auditName(),
                    calendar.now());
            settlements.add(settlement);
            return executed(settlement);
        });
    }

    /** With {@code why} the subscription ends now (409 when it had); without, it is only read. */
    private SettlementPlan plan(String ticket, String why, boolean refund) {
        TicketFacts.Fact fact = tickets.find(ticket)
                .orElseThrow(() -> ProblemException.notFound("el ticket " + ticket, "Ticket " + ticket));
        if (fact.effectiveDate() == null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "El ticket " + fact.number() + " no es una solicitud de baja.",
                    "Ticket " + fact.number() + " is not a cancellation request.");
        }
        SubscriptionEnding.Ending ending =
                why == null ? subscriptions.standing() : subscriptions.end(fact.effectiveDate());
        Invoice prepaid = invoices.renewalOf(ending.periodStart()).orElse(null);
        List<DraftLine> lines = prepaid == null
                ? List.of()
                : invoices.lines(prepaid).stream().map(InvoiceLine::asDrafted).toList();
        SettlementPlan plan = SettlementPlan.of(fact.number(), fact.effectiveDate(), ending, prepaid, lines, refund);
        if (refund && plan.credit().signum() > 0 && prepaid.status() != InvoiceStatus.PAGADA) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La factura " + prepaid.number() + " no está pagada: el crédito solo puede quedar como saldo.",
                    "Invoice " + prepaid.number() + " is not paid: the credit can only go to the balance.");
        }
        if (refund && plan.credit().signum() > 0 && !cards.paidByCard(prepaid.id())) {
            throw CreditIssuing.notPaidByCard(prepaid);
        }
        return plan;
    }

    private CreditNote credit(SettlementPlan plan, String why) {
        return grants.grant(
                new CreditNote.Grant(
                        CreditNoteKind.TERMINO,
                        plan.ticket(),
                        plan.prepaid().id(),
                        why,
                        plan.ending().currency(),
                        plan.credit(),
                        null,
                        null,
                        plan.refund()),
                plan.prepaid());
    }

    private static CancellationSettlement.Figures figures(SettlementPlan plan, BigDecimal used) {
        return new CancellationSettlement.Figures(
                plan.ticket(),
                plan.effective(),
                plan.refund(),
                plan.ending().currency(),
                plan.credit(),
                plan.pendingCharges(),
                used);
    }

    private CreditViews.Settlement view(
            SettlementPlan plan, BigDecimal before, BigDecimal used, String note, String invoice) {
        return new CreditViews.Settlement(
                plan.ticket(),
                plan.effective(),
                plan.ending().currency(),
                plan.ending().periodStart(),
                plan.ending().periodEnd(),
                plan.prepaid() == null ? null : plan.prepaid().number(),
                plan.credits(),
                plan.credit(),
                plan.chargeLines(),
                plan.pendingCharges(),
                before,
                used,
                plan.refund(),
                note,
                invoice,
                false,
                null);
    }

    private CreditViews.Settlement executed(CancellationSettlement settlement) {
        CancellationSettlement.Figures figures = settlement.figures();
        return new CreditViews.Settlement(
                figures.ticket(),
                figures.effectiveDate(),
                figures.currency(),
                null,
                null,
                null,
                List.of(),
                figures.credit(),
                List.of(),
                figures.pendingCharges(),
                null,
                figures.balanceApplied(),
                figures.refund(),
                ledger.note(settlement.creditNoteId()).map(CreditNote::number).orElse(null),
                invoices.byId(settlement.invoiceId()).map(Invoice::number).orElse(null),
                true,
                settlement.executedAt());
    }
}
