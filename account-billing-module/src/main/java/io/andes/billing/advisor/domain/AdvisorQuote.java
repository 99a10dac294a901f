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
 * A quote of store items the advisor attached to a commercial request. The tenant admin accepts it once, in one click
 * (who and when are kept); a newer quote on the same request replaces a pending one. Only a pending quote is accepted:
 * anything else is a 409.
 */
@Entity
@Table(name = "advisor_quote")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class AdvisorQuote {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private QuoteStatus status;

    @Column(name = "note")
    private String note;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AdvisorQuote() {}

    public AdvisorQuote(CommercialRequest request, String note, String createdBy, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.requestId = request.id();
        this.status = QuoteStatus.PENDIENTE;
        this.note = CommercialText.optional("note", note, CommercialText.SHORT_MAX * 5);
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** The tenant admin accepts the quote as it stands. */
    public void accept(String by, Instant at) {
        requirePending();
        status = QuoteStatus.ACEPTADA;
        acceptedBy = by;
        acceptedAt = at;
    }

    /** A newer quote on the same request takes the place of this pending one. */
    public void replace() {
        if (status == QuoteStatus.PENDIENTE) {
            status = QuoteStatus.REEMPLAZADA;
        }
    }

    private void requirePending() {
        if (status != QuoteStatus.PENDIENTE) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Esta cotización ya no está pendiente (" + status.label(false) + ").",
                    "This quote is no longer pending (" + status.label(true) + ").",
                    Map.of("quoteStatus", status.name()));
        }
    }

    public String id() {
        return id;
    }

    public String requestId() {
        return requestId;
    }

    public QuoteStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }
}
