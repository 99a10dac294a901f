package io.andes.ticketing.domain.pqrs;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.ticketing.domain.numbering.PqrsNumber;
import io.andes.ticketing.domain.ticket.Requester;
import io.andes.ticketing.domain.ticket.TicketContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A PQRS filing of one tenant, kept apart from product support: its filing number, kind, what it says and the last
 * day to answer it. The requester may add to it and the vendor answers it until it is closed; a closed PQRS takes
 * nothing more (409).
 */
@Entity
@Table(name = "pqrs_case")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class PqrsCase {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "filing_year", nullable = false)
    private int filingYear;

    @Column(name = "filing_sequence", nullable = false)
    private int filingSequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private PqrsKind kind;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "requester_id", nullable = false)
    private String requesterId;

    @Column(name = "requester_name", nullable = false)
    private String requesterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PqrsStatus status;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PqrsCase() {}

    /** Files a PQRS; the subject and description follow a ticket's rules (1–200 and 1–20,000 characters). */
    public PqrsCase(
            PqrsNumber number, PqrsKind kind, TicketContent content, Requester requester, Instant at, LocalDate due) {
        this.id = UUID.randomUUID().toString();
        this.filingYear = number.year();
        this.filingSequence = number.sequence();
        this.kind = kind;
        this.subject = content.subject();
        this.description = content.description();
        this.requesterId = requester.id();
        this.requesterName = requester.name();
        this.status = PqrsStatus.RADICADA;
        this.filedAt = at;
        this.dueDate = due;
        this.updatedAt = at;
    }

    /** The requester adds to the case; an answered case is in progress again. */
    public void requesterReplied(Instant at) {
        requireOpen();
        if (status == PqrsStatus.RESPONDIDA) {
            status = PqrsStatus.EN_TRAMITE;
        }
        updatedAt = at;
    }

    /** The vendor answers; the first answer is the one the response deadline measures. */
    public void responded(Instant at) {
        requireOpen();
        if (respondedAt == null) {
            respondedAt = at;
        }
        status = PqrsStatus.RESPONDIDA;
        updatedAt = at;
    }

    public void close(Instant at) {
        requireOpen();
        status = PqrsStatus.CERRADA;
        closedAt = at;
        updatedAt = at;
    }

    private void requireOpen() {
        if (status == PqrsStatus.CERRADA) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La PQRS " + number() + " está cerrada y no admite más respuestas; radique una nueva.",
                    "The PQRS " + number() + " is closed and takes no more replies; file a new one.",
                    Map.of("pqrsStatus", status.name()));
        }
    }

    public String id() {
        return id;
    }

    public PqrsNumber number() {
        return new PqrsNumber(filingYear, filingSequence);
    }

    public PqrsKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public String requesterName() {
        return requesterName;
    }

    public PqrsStatus status() {
        return status;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
