package io.andes.billing.credit.application;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.api.RefundRequests;
import io.andes.billing.credit.domain.CreditLedger;
import io.andes.billing.credit.domain.LedgerEntry;
import io.andes.billing.credit.domain.RefundMethod;
import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.payment.api.RefundsAtGateway;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A refund request billing staff close by hand when it cannot (or should not) go back to the card: the money went back
 * by transfer, deposit or cheque under a reference on a date. The request is claimed as the gateway job claims it, so
 * one the job is refunding right now is a 409, as is one already closed; nothing is written unless all of it is.
 */
@ApplicationScoped
public class ManualRefunds {

    static final int REFERENCE_LIMIT = 100;

    @Inject
    CreditLedger ledger;

    @Inject
    RefundRequestQueue queue;

    @Inject
    StaffTenantAccess staff;

    @Inject
    Transactions transactions;

    @Inject
    BillingCalendar calendar;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    RefundsAtGateway gateways;

    /** What staff record: the method (TRANSFERENCIA, DEPOSITO, CHEQUE), the reference, the date the money went. */
    public record Settlement(String method, String reference, LocalDate date) {}

    public CreditViews.ManualRefund settle(String id, Settlement input) {
        RefundMethod method = method(input.method());
        String reference = reference(input.reference());
        if (input.date() == null) {
            throw invalid("date", "Indique la fecha de la devolución.", "State the date of the refund.");
        }
        TenantId tenant = tenantOf(id);
        return staff.call(tenant, "refund.settled-by-hand", id, method.name() + " " + reference, () -> {
            LedgerEntry entry = claimed(id);
            requireDate(input.date(), entry);
            requireNoCardRefund(entry);
            entry.refundedByHand(method, reference, input.date(), caller.get().auditName(), calendar.now());
            return view(queue.request(tenant, entry), entry);
        });
    }

    /** The tenant of the request, read across tenants (staff know only its id); an unknown id is a 404. */
    private TenantId tenantOf(String id) {
        Optional<TenantId> tenant = id == null || id.length() > 36
                ? Optional.empty()
                : transactions.requiresNew(() -> ledger.refundTenant(id));
        return tenant.orElseThrow(() -> ProblemException.notFound("la devolución " + id, "Refund " + id));
    }

    /** The pending request locked; one closed before answers its own 409, one the gateway holds right now this one. */
    private LedgerEntry claimed(String id) {
        return ledger.claimPendingRefund(id)
                .or(() -> ledger.entry(id).filter(entry -> !"PENDING".equals(entry.refundStatus())))
                .orElseThrow(() -> new ProblemException(
                        ProblemType.CONFLICT,
                        "La pasarela de pago está devolviendo esta solicitud ahora mismo; revise en un momento si"
                                + " quedó cerrada antes de devolverla a mano.",
                        "The payment gateway is refunding this request right now; check in a moment whether it was"
                                + " closed before refunding it by hand."));
    }

    /**
     * A pending request the gateway refunded anyway (its answer to our call was lost) must not be paid a second time by
     * hand: a 409 with the gateway's reference; the refund job closes the request itself on its next attempt, which the
     * gateway answers with that same refund.
     */
    private void requireNoCardRefund(LedgerEntry entry) {
        if (!"PENDING".equals(entry.refundStatus())) {
            return; // closed before: refundedByHand answers its own 409
        }
        gateways.madeFor(entry.invoiceId(), entry.id()).ifPresent(reference -> {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La pasarela de pago ya devolvió esta solicitud a la tarjeta (" + reference + "); no la devuelva"
                            + " a mano. Se cerrará sola en el próximo intento automático.",
                    "The payment gateway already refunded this request to the card (" + reference + "); do not"
                            + " refund it by hand. It closes itself on the next automatic attempt.",
                    Map.<String, Object>of("gatewayRefund", reference));
        });
    }

    private void requireDate(LocalDate date, LedgerEntry entry) {
        LocalDate today = calendar.today();
        LocalDate requested = entry.createdAt().atZone(calendar.tenant().zone()).toLocalDate();
        if (date.isAfter(today) || date.isBefore(requested)) {
            throw invalid(
                    "date",
                    "La fecha de la devolución va del " + requested + " (la solicitud) a hoy, " + today + ".",
                    "The refund date goes from " + requested + " (the request) to today, " + today + ".");
        }
    }

    static RefundMethod method(String method) {
        try {
            RefundMethod parsed =
                    RefundMethod.valueOf(method == null ? "" : method.strip().toUpperCase(Locale.ROOT));
            if (parsed.manual()) {
                return parsed;
            }
        } catch (IllegalArgumentException unknown) {
            // the same 400 as a card: only the manual methods are recorded here
        }
        throw invalid(
                "method",
                "El medio es TRANSFERENCIA, DEPOSITO o CHEQUE.",
                "The method is TRANSFERENCIA, DEPOSITO or CHEQUE.");
    }

    static String reference(String reference) {
        String trimmed = reference == null ? "" : reference.strip();
        if (trimmed.isEmpty() || trimmed.length() > REFERENCE_LIMIT) {
            throw invalid(
                    "reference",
                    "Indique la referencia de la devolución (1 a " + REFERENCE_LIMIT + " caracteres).",
                    "State the reference of the refund (1 to " + REFERENCE_LIMIT + " characters).");
        }
        return trimmed;
    }

    private static ProblemException invalid(String field, String spanish, String english) {
        return ProblemException.invalidField(field, spanish, spanish, english);
    }

    private static CreditViews.ManualRefund view(RefundRequests.Request request, LedgerEntry entry) {
        return new CreditViews.ManualRefund(
                request.id(),
                request.tenant().value(),
                request.creditNote(),
                request.invoiceNumber(),
                request.currency(),
                request.amount(),
                entry.refundStatus(),
                entry.refundMethod().name(),
                entry.refundReference(),
                entry.refundedOn(),
                entry.refundedBy(),
                entry.refundedAt());
    }
}
