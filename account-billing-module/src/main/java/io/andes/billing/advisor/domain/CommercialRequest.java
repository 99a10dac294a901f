package io.andes.billing.advisor.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A tenant's commercial request to its advisor: what it asks for, when it prefers to be contacted, and where it
 * stands. The advisor's first action takes it in progress, a scheduled demonstration or training makes it scheduled,
 * and a closed request takes no more messages, sessions or quotes (409). No support SLA applies to it.
 */
@Entity
@Table(name = "commercial_request")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class CommercialRequest {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "request_sequence", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private CommercialRequestType type;

    @Column(name = "message", nullable = false)
    private String message;

    @Column(name = "preferred_contact")
    private String preferredContact;

    @Column(name = "requester_id", nullable = false)
    private String requesterId;

    @Column(name = "requester_name", nullable = false)
    private String requesterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CommercialStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_kind")
    private SessionKind sessionKind;

    @Column(name = "session_at")
    private Instant sessionAt;

    @Column(name = "session_link")
    private String sessionLink;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CommercialRequest() {}

    /** A new request; the message is required (1–10,000 characters), the preferred contact time optional. */
    public CommercialRequest(
            CommercialNumber number,
            CommercialRequestType type,
            String message,
            String preferredContact,
            Requester requester,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.sequence = number.sequence();
        this.type = type;
        this.message = CommercialText.required("message", message, CommercialText.MESSAGE_MAX);
        this.preferredContact =
                CommercialText.optional("preferredContactTime", preferredContact, CommercialText.SHORT_MAX);
        this.requesterId = requester.id();
        this.requesterName = requester.name();
        this.status = CommercialStatus.NUEVA;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** The tenant adds to the conversation; the status stays as it is. */
    public void tenantWrote(Instant at) {
        moveTo(status, at);
    }

    /** The advisor answers or quotes: a new request is now in progress, a scheduled one stays scheduled. */
    public void advisorActed(Instant at) {
        moveTo(status == CommercialStatus.NUEVA ? CommercialStatus.EN_CURSO : status, at);
    }

    /** The advisor schedules a demonstration or training; the request is scheduled. */
    public void schedule(ScheduledSession session, Instant at) {
        moveTo(CommercialStatus.AGENDADA, at);
        this.sessionKind = session.kind();
        this.sessionAt = session.at();
        this.sessionLink = session.link();
    }

    public void close(Instant at) {
        moveTo(CommercialStatus.CERRADA, at);
        closedAt = at;
    }

    /** Changes the status along {@link CommercialStatus#next()}; anything else is a 409 and nothing changes. */
    public void moveTo(CommercialStatus target, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    status.open()
                            ? "La solicitud " + number() + " no puede pasar de " + status.label(false) + " a "
                                    + target.label(false) + "."
                            : "La solicitud " + number() + " está cerrada y no admite más cambios.",
                    status.open()
                            ? "The request " + number() + " cannot go from " + status.label(true) + " to "
                                    + target.label(true) + "."
                            : "The request " + number() + " is closed and takes no more changes.",
                    Map.of("requestStatus", status.name()));
        }
        status = target;
        updatedAt = at;
    }

    public String id() {
        return id;
    }

    public CommercialNumber number() {
        return new CommercialNumber(sequence);
    }

    public CommercialRequestType type() {
        return type;
    }

    public String message() {
        return message;
    }

    public String preferredContact() {
        return preferredContact;
    }

    public String requesterId() {
        return requesterId;
    }

    public String requesterName() {
        return requesterName;
    }

    public CommercialStatus status() {
        return status;
    }

    /** The scheduled session, if any. */
    public ScheduledSession session() {
        return sessionAt == null ? null : new ScheduledSession(sessionKind, sessionAt, sessionLink);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
