package io.andes.ticketing.domain.ticket;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.domain.catalog.TicketCategory;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.numbering.TicketNumber;
import io.andes.ticketing.domain.sla.SlaTarget;
import io.andes.ticketing.domain.sla.SupportTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A support ticket of one tenant: what it is about (service, category leaf, subject, description), who asked, and
 * its status, which changes only through {@link TicketLifecycle}. Each change returns the status entries to store
 * for the SLA clock. A ticket may be one item of a multi-item request (it then carries the request's number), and a
 * cancellation ticket records the day its notice was given as the date the cancellation takes effect.
 */
@Entity
@Table(name = "ticket")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class Ticket {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "queue_code", nullable = false)
    private String queueCode;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "requester_id", nullable = false)
    private String requesterId;

    @Column(name = "requester_name", nullable = false)
    private String requesterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TicketStatus status;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "merge_target")
    private Integer mergedInto;

    /** The earlier ticket this one continues, when that one could no longer be reopened. */
    @Column(name = "reopened_from")
    private Integer continues;

    @Column(name = "assignee")
    private String assignee;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "attachment_count", nullable = false)
    private int attachmentCount;

    @Column(name = "request_number")
    private Integer requestNumber;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_tier", nullable = false)
    private SupportTier supportTier = SupportTier.STANDARD;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false)
    private TicketPriority priority = TicketPriority.NORMAL;

    @Column(name = "sla_clause")
    private String slaClause;

    @Column(name = "first_response_due")
    private Instant firstResponseDue;

    @Column(name = "resolution_due")
    private Instant resolutionDue;

    @Column(name = "first_response_breached_at")
    private Instant firstResponseBreachedAt;

    @Column(name = "resolution_breached_at")
    private Instant resolutionBreachedAt;

    /** Subject and description folded for the history's text search ({@link FoldedText}); written once, never read. */
    @Column(name = "search_text", updatable = false)
    private String searchText;

    /** Computed by the database from the status (a stored column indexed for the duplicate warning); queries only. */
    @Column(name = "is_open", insertable = false, updatable = false)
    private boolean openFlag;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Ticket() {}

    public Ticket(
            TicketNumber number, TicketCategory category, TicketContent content, Requester requester, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.number = number.sequence();
        this.serviceCode = category.serviceCode();
        this.categoryId = category.id();
        this.queueCode = category.queueCode();
        this.subject = content.subject();
        this.description = content.description();
        this.searchText = FoldedText.of(content.subject() + "\n" + content.description());
        this.contactPhone = content.contactPhone();
        this.requesterId = requester.id();
        this.requesterName = requester.name();
        this.status = TicketStatus.NUEVO;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /**
     * Links this new ticket to an earlier one on the same topic whose reopening window has passed, so that agents
     * see the whole story.
     */
    public void continues(TicketNumber earlier) {
        this.continues = earlier.sequence();
    }

    /** The ticket is one item of the multi-item request {@code request}. */
    public void belongsTo(RequestNumber request) {
        requestNumber = request.sequence();
    }

    /**
     * A cancellation takes effect on the day its notice was given, that day read in the tenant's {@code zone} (billing
     * settles from it); tickets of any other kind have no effective date.
     */
    public void noticeGiven(TicketCategory category, ZoneId zone) {
        if (TicketCategory.CANCELLATION.equals(category.kind())) {
            effectiveDate = LocalDate.ofInstant(createdAt, zone);
        }
    }

    /** The first entry of the status history: opened as NUEVO. */
    public StatusChange opening() {
        return new StatusChange(createdAt, TicketStatus.NUEVO);
    }

    /** The requester adds information; a ticket waiting for them goes back to the agents. */
    public List<StatusChange> requesterReplied(TenantId tenant, Instant at) {
        return change(tenant, at, lifecycle -> lifecycle.customerReplied(at));
    }

    /** A public answer of an agent; with {@code waitForCustomer} the ticket waits for the requester. */
    public List<StatusChange> agentAnswered(TenantId tenant, String agent, boolean waitForCustomer, Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
        if (assignee == null) {
            assignee = agent;
        }
        return change(tenant, at, lifecycle -> {
            if (waitForCustomer) {
                lifecycle.askCustomer(at);
            } else {
                lifecycle.answerAsAgent(at);
            }
        });
    }

    public List<StatusChange> resolve(TenantId tenant, Instant at) {
        return change(tenant, at, lifecycle -> lifecycle.resolve(at));
    }

    public List<StatusChange> close(TenantId tenant, Instant at) {
        return change(tenant, at, lifecycle -> lifecycle.closeByRequester(at));
    }

    public List<StatusChange> reopen(TenantId tenant, ReopenReason reason, ReopenPolicy policy, Instant at) {
        return change(tenant, at, lifecycle -> lifecycle.reopen(tenant, reason, at, policy));
    }

    /** Counts files added to the ticket; the caller checks the limit first. */
    public void attached(int files, Instant at) {
        attachmentCount += files;
        updatedAt = at;
    }

    /** A change to the conversation that is not a status change still makes the ticket the most recent. */
    public void touched(Instant at) {
        updatedAt = at;
    }

    private List<StatusChange> change(TenantId tenant, Instant at, Consumer<TicketLifecycle> event) {
        TicketLifecycle lifecycle = TicketLifecycle.restore(
                tenant, status, updatedAt.isAfter(at) ? at : updatedAt, finishedAt, mergedIntoNumber());
        event.accept(lifecycle);
        List<StatusChange> history = lifecycle.history();
        status = lifecycle.status();
        finishedAt = lifecycle.finishedAt().orElse(null);
        updatedAt = at;
        return history.subList(1, history.size());
    }

    /** Closes this duplicate for good: the conversation goes on in {@code target}, of the same tenant. */
    public List<StatusChange> mergeInto(TenantId tenant, Ticket target, Instant at) {
        List<StatusChange> changes = change(tenant, at, lifecycle -> lifecycle.mergeInto(target.number(), at));
        mergedInto = target.number;
        return changes;
    }

    /** Gives the ticket to an agent (by hand, or by the queue's rotation). */
    public void assignTo(String agent, Instant at) {
        this.assignee = agent;
        this.updatedAt = at;
    }

    public Integer mergeTarget() {
        return mergedInto;
    }

    /** The support tier and contract clause the ticket is served under, fixed when it is opened. */
    public void servedUnder(SupportTier tier, String clause) {
        this.supportTier = tier;
        this.slaClause = clause;
    }

    /** Staff raise an open ticket to urgent; false when it already was. A solved or closed ticket is a 409. */
    public boolean raiseToUrgent(Instant at) {
        if (!isOpen()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "El ticket ya está resuelto o cerrado; no se puede marcar urgente.",
                    "The ticket is already solved or closed; it cannot be marked urgent.");
        }
        if (priority == TicketPriority.URGENT) {
            return false;
        }
        priority = TicketPriority.URGENT;
        updatedAt = at;
        return true;
    }

    /** The due instants the SLA clock computed at the last change, for ordering and for finding breaches. */
    public void due(Instant firstResponse, Instant resolution) {
        this.firstResponseDue = firstResponse;
        this.resolutionDue = resolution;
    }

    /** Notes a breach of {@code target} once; false when it was noted before, so it is escalated only once. */
    public boolean breachNoted(SlaTarget target, Instant at) {
        if (breachedAt(target) != null) {
            return false;
        }
        if (target == SlaTarget.FIRST_RESPONSE) {
            firstResponseBreachedAt = at;
        } else {
            resolutionBreachedAt = at;
        }
        return true;
    }

    public Instant breachedAt(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponseBreachedAt : resolutionBreachedAt;
    }

    public SupportTier supportTier() {
        return supportTier;
    }

    public TicketPriority priority() {
        return priority;
    }

    public String slaClause() {
        return slaClause;
    }

    public Instant firstResponseDue() {
        return firstResponseDue;
    }

    public Instant resolutionDue() {
        return resolutionDue;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    private TicketNumber mergedIntoNumber() {
        return mergedInto == null ? null : new TicketNumber(mergedInto);
    }

    public boolean isOpen() {
        return !status.isFinished();
    }

    public String id() {
        return id;
    }

    public TicketNumber number() {
        return new TicketNumber(number);
    }

    public String serviceCode() {
        return serviceCode;
    }

    public long categoryId() {
        return categoryId;
    }

    public String queueCode() {
        return queueCode;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String requesterName() {
        return requesterName;
    }

    public TicketStatus status() {
        return status;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Optional<TicketNumber> continuesFrom() {
        return Optional.ofNullable(continues).map(TicketNumber::new);
    }

    public String assignee() {
        return assignee;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int attachmentCount() {
        return attachmentCount;
    }

    public Optional<RequestNumber> requestNumber() {
        return Optional.ofNullable(requestNumber).map(RequestNumber::new);
    }

    public Optional<LocalDate> effectiveDate() {
        return Optional.ofNullable(effectiveDate);
    }
}
