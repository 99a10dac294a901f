package io.andes.ticketing.domain.ticket;

import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.domain.numbering.TicketNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of one support ticket over time, owned by the tenant that opened it. Status changes only through the
 * events of {@link TicketEvent}; an event the current status does not allow is refused with a 409 problem and
 * changes nothing. Events arrive in time order, and the history keeps every change for the SLA clock.
 */
public class TicketLifecycle {

    private final TenantId tenant;
    private final List<StatusChange> history = new ArrayList<>();
    private TicketStatus status;
    /** Start of the current solved-or-closed stretch, which the reopening window counts from; null while active. */
    private Instant finishedAt;

    private TicketNumber mergedInto;
    private ReopenReason lastReopenReason;

    private TicketLifecycle(TenantId tenant, Instant openedAt) {
        this.tenant = Objects.requireNonNull(tenant);
        this.status = TicketStatus.NUEVO;
        history.add(new StatusChange(Objects.requireNonNull(openedAt), status));
    }

    public static TicketLifecycle opened(TenantId tenant, Instant at) {
        return new TicketLifecycle(tenant, at);
    }

    /**
     * The lifecycle of a stored ticket, from what is kept of it: its status since {@code since}, when it stopped being
     * worked on, and where it was merged. Its history starts at {@code since}; earlier changes are stored already.
     */
    public static TicketLifecycle restore(
            TenantId tenant, TicketStatus status, Instant since, Instant finishedAt, TicketNumber mergedInto) {
        TicketLifecycle lifecycle = new TicketLifecycle(tenant, since);
        lifecycle.history.set(0, new StatusChange(since, Objects.requireNonNull(status)));
        lifecycle.status = status;
        lifecycle.finishedAt = finishedAt;
        lifecycle.mergedInto = mergedInto;
        return lifecycle;
    }

    public void answerAsAgent(Instant at) {
        apply(TicketEvent.AGENT_REPLIED, at);
    }

    public void askCustomer(Instant at) {
        apply(TicketEvent.AGENT_ASKED_CUSTOMER, at);
    }

    public void customerReplied(Instant at) {
        apply(TicketEvent.CUSTOMER_REPLIED, at);
    }

    public void resolve(Instant at) {
        apply(TicketEvent.RESOLVED, at);
    }

    /** The requester confirms the solution, or withdraws a ticket they no longer need. */
    public void closeByRequester(Instant at) {
        apply(TicketEvent.REQUESTER_CLOSED, at);
    }

    /** The system closes a solved ticket once the policy's waiting time is over, and not a second before. */
    public void autoClose(Instant at, AutoClosePolicy policy) {
        requireAllowed(TicketEvent.AUTO_CLOSED);
        if (!policy.isDue(finishedAt, at)) {
            throw TicketRefusals.autoCloseNotDue(policy.closesAt(finishedAt));
        }
        apply(TicketEvent.AUTO_CLOSED, at);
    }

    /** Only the owning tenant may reopen, and only as {@link ReopenPolicy#decide} allows. */
    public void reopen(TenantId by, ReopenReason reason, Instant at, ReopenPolicy policy) {
        Objects.requireNonNull(reason);
        if (!tenant.equals(by)) {
            throw ProblemException.notFound("el ticket", "The ticket");
        }
        ReopenDecision decision = policy.decide(this, at);
        if (!decision.allowed()) {
            throw TicketRefusals.reopen(decision, this, policy);
        }
        apply(TicketEvent.REOPENED, at);
        lastReopenReason = reason;
    }

    /** Closes this ticket for good: the conversation continues on {@code target}. */
    public void mergeInto(TicketNumber target, Instant at) {
        Objects.requireNonNull(target);
        apply(TicketEvent.MERGED, at);
        mergedInto = target;
    }

    private void apply(TicketEvent event, Instant at) {
        TicketStatus next = requireAllowed(event);
        Instant last = history.get(history.size() - 1).at();
        if (at.isBefore(last)) {
            throw new IllegalArgumentException("Ticket events arrive in time order: " + at + " is before " + last);
        }
        if (next == status) {
            return;
        }
        if (!next.isFinished()) {
            finishedAt = null;
        } else if (finishedAt == null) {
            finishedAt = at;
        }
        status = next;
        history.add(new StatusChange(at, next));
    }

    private TicketStatus requireAllowed(TicketEvent event) {
        return event.next(status).orElseThrow(() -> TicketRefusals.illegal(event, status));
    }

    public TenantId tenant() {
        return tenant;
    }

    public TicketStatus status() {
        return status;
    }

    /** Every status the ticket entered, oldest first; the first entry is its opening as {@code NUEVO}. */
    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public Optional<TicketNumber> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public Optional<ReopenReason> lastReopenReason() {
        return Optional.ofNullable(lastReopenReason);
    }
}
