package io.andes.ticketing.domain.request;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.ticket.Requester;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A multi-item post-sale request of one tenant, for one service. While it is a draft, items are added and removed
 * (at most {@link #MAX_ITEMS}); it is submitted once, with at least one item, and gets its number then. A submitted
 * request never changes again: its items live on as tickets.
 */
@Entity
@Table(name = "service_request")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class ServiceRequest {

    public static final int MAX_ITEMS = 20;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "number")
    private Integer number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RequestStatus status;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(name = "requester_id", nullable = false)
    private String requesterId;

    @Column(name = "requester_name", nullable = false)
    private String requesterName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ServiceRequest() {}

    public ServiceRequest(String serviceCode, Requester requester, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.status = RequestStatus.DRAFT;
        this.serviceCode = serviceCode;
        this.requesterId = requester.id();
        this.requesterName = requester.name();
        this.createdAt = at;
    }

    /** Refuses another item when the draft already holds {@code items}, or when it is no longer a draft. */
    public void checkRoomForItem(int items) {
        requireDraft();
        if (items >= MAX_ITEMS) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La solicitud ya tiene " + MAX_ITEMS + " requerimientos, el máximo; envíela y abra otra.",
                    "The request already has " + MAX_ITEMS + " items, the maximum; submit it and start another.",
                    Map.of("maxItems", MAX_ITEMS));
        }
    }

    /** Only a draft can change: a submitted request is a 409. */
    public void requireDraft() {
        if (status != RequestStatus.DRAFT) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La solicitud " + number().map(RequestNumber::formatted).orElse("")
                            + " ya se envió y no se puede modificar.",
                    "The request " + number().map(RequestNumber::formatted).orElse("")
                            + " was already submitted and cannot be changed.",
                    Map.of("requestStatus", status.name()));
        }
    }

    /** Refuses to submit anything but a draft with at least one item (an empty draft is a 422). */
    public void checkSubmittable(int items) {
        requireDraft();
        if (items < 1) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "La solicitud no tiene requerimientos; agregue al menos uno antes de enviarla.",
                    "The request has no items; add at least one before submitting it.",
                    Map.of("items", 0));
        }
    }

    /** Submits the draft of {@code items} items under its new {@code number}. */
    public void submit(RequestNumber number, int items, Instant at) {
        checkSubmittable(items);
        this.number = number.sequence();
        this.status = RequestStatus.SUBMITTED;
        this.submittedAt = at;
    }

    public String id() {
        return id;
    }

    public Optional<RequestNumber> number() {
        return Optional.ofNullable(number).map(RequestNumber::new);
    }

    public RequestStatus status() {
        return status;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public Requester requester() {
        return new Requester(requesterId, requesterName);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
