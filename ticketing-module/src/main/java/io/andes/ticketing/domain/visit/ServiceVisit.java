package io.andes.ticketing.domain.visit;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.ticketing.domain.numbering.VisitNumber;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A technician's visit on a ticket, with its own folio per tenant ({@code F-000001}). It exists only once the remote
 * checklist is complete ({@link RemoteChecklist}); it is SCHEDULED until its outcome is recorded once, as DONE or
 * CANCELLED, and never changes after that.
 */
@Entity
@Table(name = "service_visit")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class ServiceVisit {

    public static final int OUTCOME_MAX = 4_000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "folio", nullable = false)
    private int folio;

    @Column(name = "ticket_id", nullable = false)
    private String ticketId;

    @Column(name = "equipment_on", nullable = false)
    private boolean equipmentOn;

    @Column(name = "restarted", nullable = false)
    private boolean restarted;

    @Column(name = "remote_result", nullable = false)
    private String remoteResult;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "technician", nullable = false)
    private String technician;

    @Column(name = "address", nullable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private VisitStatus status;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ServiceVisit() {}

    public ServiceVisit(
            VisitNumber folio, Ticket ticket, RemoteChecklist checklist, VisitPlan plan, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.folio = folio.sequence();
        this.ticketId = ticket.id();
        this.equipmentOn = checklist.equipmentOn();
        this.restarted = checklist.restarted();
        this.remoteResult = checklist.remoteResult();
        this.scheduledAt = plan.scheduledAt();
        this.technician = plan.technician();
        this.address = plan.address();
        this.status = VisitStatus.SCHEDULED;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Records how the visit went, once: {@code done} false means it was cancelled. */
    public void recordOutcome(boolean done, String text, Instant at) {
        if (status != VisitStatus.SCHEDULED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "El resultado de la visita " + folio() + " ya fue registrado.",
                    "The outcome of visit " + folio() + " was already recorded.");
        }
        outcome = TicketContent.required("outcome", text, OUTCOME_MAX, "el resultado", "the outcome");
        status = done ? VisitStatus.DONE : VisitStatus.CANCELLED;
        completedAt = at;
    }

    public VisitNumber folio() {
        return new VisitNumber(folio);
    }

    public String ticketId() {
        return ticketId;
    }

    public RemoteChecklist checklist() {
        return new RemoteChecklist(equipmentOn, restarted, remoteResult);
    }

    public VisitPlan plan() {
        return new VisitPlan(scheduledAt, technician, address);
    }

    public VisitStatus status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
