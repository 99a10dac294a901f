package io.andes.billing.credit.application;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.domain.CreditAmount;
import io.andes.billing.credit.domain.CreditLedger;
import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.invoice.domain.CreditNote;
import io.andes.billing.invoice.domain.CreditNoteKind;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.billing.invoice.domain.InvoiceStatus;
import io.andes.billing.payment.api.CardPayments;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.api.TicketFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Billing staff grant a tenant a credit for a claim (cobro indebido, or falla de servicio with its outage dates):
 * linked to the tenant's claim ticket, against one of its invoices (never more than that invoice's net, counting
 * earlier credits) or standalone, kept as balance or refunded to the card of a paid invoice. Audited with the reason.
 */
@ApplicationScoped
public class CreditIssuing {

    @Inject
    StaffTenantAccess staff;

    @Inject
    InvoiceRepository invoices;

    @Inject
    CreditLedger ledger;

    @Inject
    TicketFacts tickets;

    @Inject
    CreditGrants grants;

    @Inject
    CreditPresenter presenter;

    @Inject
    BillingCalendar calendar;

    @Inject
    CardPayments cards;

    /** What staff state; checked here against the tenant's tickets and invoices. */
    public record Input(
            CreditNoteKind kind,
            String ticket,
            String invoice,
            BigDecimal amount,
            String reason,
            LocalDate outageFrom,
            LocalDate outageTo,
            boolean refundToCard) {}

    public CreditViews.CreditNote issue(TenantId tenant, Input input) {
        String why = StaffTenantAccess.requireReason(input.reason());
        return staff.call(tenant, "credit-note.issued", input.ticket(), why, () -> {
            // the invoice is locked before anything is read, so the credits already granted on it are all seen
            Invoice invoice = input.invoice() == null || input.invoice().isBlank() ? null : locked(input.invoice());
            String ticket = tickets.find(input.ticket())
                    .orElseThrow(() -> invalid(
                            "ticket",
                            "El ticket " + input.ticket() + " no existe en este cliente.",
                            "Ticket " + input.ticket() + " does not exist for this tenant."))
                    .number();
            BigDecimal amount =
                    CreditAmount.of(input.amount(), calendar.tenant().currency());
            requireOutage(input);
            if (invoice != null) {
                requireCreditable(invoice, amount);
            }
            if (input.refundToCard() && (invoice == null || invoice.status() != InvoiceStatus.PAGADA)) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "Solo se devuelve a la tarjeta el crédito de una factura pagada.",
                        "Only a credit against a paid invoice can be refunded to the card.");
            }
            if (input.refundToCard() && !cards.paidByCard(invoice.id())) {
                throw notPaidByCard(invoice);
            }
            CreditNote note = grants.grant(grant(input, ticket, invoice, why, amount), invoice);
            return presenter.note(note);
        });
    }

    private CreditNote.Grant grant(Input input, String ticket, Invoice invoice, String why, BigDecimal amount) {
        return new CreditNote.Grant(
                input.kind(),
                ticket,
                invoice == null ? null : invoice.id(),
                why,
                invoice == null ? calendar.tenant().currency().getCurrencyCode() : invoice.currency(),
                amount,
                input.outageFrom(),
                input.outageTo(),
                input.refundToCard());
    }

    /** The 409 of a refund to the card for an invoice no card paid (a bank transfer goes back by transfer). */
    static ProblemException notPaidByCard(Invoice invoice) {
        return new ProblemException(
                ProblemType.CONFLICT,
                "La factura " + invoice.number() + " no se pagó con tarjeta (o ya se devolvió): el crédito no se puede"
                        + " devolver a la tarjeta; déjelo como saldo o devuélvalo por transferencia.",
                "Invoice " + invoice.number() + " was not paid by card (or was refunded already): the credit cannot"
                        + " go back to the card; keep it as balance or refund it by bank transfer.");
    }

    private Invoice locked(String number) {
        return InvoiceNumber.parse(number)
                .flatMap(invoices::lock)
                .orElseThrow(() -> invalid(
                        "invoice",
                        "La factura " + number + " no existe en este cliente.",
                        "Invoice " + number + " does not exist for this tenant."));
    }

    private void requireCreditable(Invoice invoice, BigDecimal amount) {
        if (invoice.status() == InvoiceStatus.ANULADA) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La factura " + invoice.number() + " está anulada: su nota de crédito ya la cubre.",
                    "Invoice " + invoice.number() + " is void: its credit note already covers it.");
        }
        BigDecimal left = invoice.net().subtract(ledger.creditedAgainst(invoice.id()));
        if (amount.compareTo(left) > 0) {
            throw invalid(
                    "amount",
                    "El crédito supera lo que queda por acreditar de la factura " + invoice.number() + " (neto "
                            + left.toPlainString() + ").",
                    "The credit exceeds what is left to credit on invoice " + invoice.number() + " (net "
                            + left.toPlainString() + ").");
        }
    }

    private void requireOutage(Input input) {
        if (input.kind() != CreditNoteKind.FALLA_SERVICIO) {
            return;
        }
        if (input.outageFrom() == null
                || input.outageTo() == null
                || input.outageTo().isBefore(input.outageFrom())
                || input.outageTo().isAfter(calendar.today())) {
            throw invalid(
                    "outageTo",
                    "Una falla de servicio indica sus fechas: desde y hasta, ya ocurridas.",
                    "A service failure states its dates: from and to, already past.");
        }
    }

    private static ProblemException invalid(String field, String spanish, String english) {
        return ProblemException.invalidField(field, spanish, spanish, english);
    }
}
