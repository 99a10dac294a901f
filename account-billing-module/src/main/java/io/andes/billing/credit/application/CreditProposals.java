package io.andes.billing.credit.application;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.domain.CreditProposal;
import io.andes.billing.credit.domain.UrgentSupportRepository;
import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.invoice.domain.CreditNote;
import io.andes.billing.invoice.domain.CreditNoteKind;
import io.andes.core.api.Page;
import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditLog;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantBinding;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.api.UrgentTargetMissed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;

/**
 * Credits proposed to billing staff when a ticket whose urgency was paid misses an urgent SLA target: proposed once per
 * ticket, for the price paid, in the escalation's transaction. Staff list them across tenants and decide each once:
 * accept (a credit note "Soporte urgente fuera de plazo" to the balance, linked to the ticket) or reject with a reason.
 */
@ApplicationScoped
public class CreditProposals {

    static final int LIST_LIMIT = 100;

    @Inject
    UrgentSupportRepository repository;

    @Inject
    CreditGrants grants;

    @Inject
    StaffTenantAccess staff;

    @Inject
    TenantBinding binding;

    @Inject
    Transactions transactions;

    @Inject
    BillingCalendar calendar;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    AuditLog audit;

    /** The escalation noted a missed urgent target of the bound tenant's ticket. */
    void onMissed(@Observes UrgentTargetMissed missed) {
        repository
                .purchaseOf(missed.ticketNumber())
                .filter(purchase -> repository.proposalOf(missed.ticketNumber()).isEmpty())
                .ifPresent(purchase -> {
                    CreditProposal proposal = new CreditProposal(
                            purchase,
                            "Soporte urgente pagado; plazo de " + target(missed.target()) + " vencido (" + missed.due()
                                    + " UTC).",
                            calendar.now());
                    repository.add(proposal);
                    audit.record(new AuditEntry("credit-proposal.created", missed.ticketNumber(), proposal.detail()));
                });
    }

    /** Proposals of every tenant in {@code status} (PROPUESTA by default), the oldest first, at most 100. */
    public Page<CreditViews.Proposal> list(String status) {
        String wanted = status == null || status.isBlank() ? CreditProposal.PROPOSED : status.strip();
        List<CreditViews.Proposal> found =
                transactions.requiresNew(() -> repository.proposals(wanted, LIST_LIMIT)).stream()
                        .map(ref -> binding.callAs(
                                ref.tenant(),
                                () -> transactions.requiresNew(() -> view(
                                        ref.tenant(),
                                        repository.lockProposal(ref.id()).orElseThrow()))))
                        .toList();
        return new Page<>(found, 0, LIST_LIMIT, found.size());
    }

    public CreditViews.Proposal accept(TenantId tenant, String id, String reason) {
        String why = StaffTenantAccess.requireReason(reason);
        return staff.call(tenant, "credit-proposal.accepted", id, why, () -> {
            CreditProposal proposal = locked(id);
            proposal.requireUndecided();
            CreditNote note = grants.grant(
                    new CreditNote.Grant(
                            CreditNoteKind.SLA_URGENTE,
                            proposal.ticketNumber(),
                            null,
                            why,
                            proposal.currency(),
                            proposal.amount(),
                            null,
                            null,
                            false),
                    null);
            proposal.accept(note.id(), caller.get().auditName(), why, calendar.now());
            return view(tenant, proposal);
        });
    }

    public CreditViews.Proposal reject(TenantId tenant, String id, String reason) {
        String why = StaffTenantAccess.requireReason(reason);
        return staff.call(tenant, "credit-proposal.rejected", id, why, () -> {
            CreditProposal proposal = locked(id);
            proposal.reject(caller.get().auditName(), why, calendar.now());
            return view(tenant, proposal);
        });
    }

    private CreditProposal locked(String id) {
        return repository
                .lockProposal(id)
                .orElseThrow(() -> ProblemException.notFound("la propuesta " + id, "Proposal " + id));
    }

    private static String target(String target) {
        return "FIRST_RESPONSE".equals(target) ? "primera respuesta" : "resolución";
    }

    private static CreditViews.Proposal view(TenantId tenant, CreditProposal proposal) {
        return new CreditViews.Proposal(
                proposal.id(),
                tenant.value(),
                proposal.ticketNumber(),
                proposal.currency(),
                proposal.amount(),
                proposal.detail(),
                proposal.status(),
                proposal.createdAt(),
                proposal.decidedBy(),
                proposal.decisionReason(),
                proposal.creditNoteId());
    }
}
