package io.andes.ticketing.domain.pqrs;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.ticketing.domain.ticket.TicketContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One message of a PQRS conversation: from the requester or from the vendor's staff, kept exactly as written. */
@Entity
@Table(name = "pqrs_message")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class PqrsMessage {

    public static final String REQUESTER = "REQUESTER";
    public static final String STAFF = "STAFF";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Column(name = "author_kind", nullable = false)
    private String authorKind;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PqrsMessage() {}

    public PqrsMessage(PqrsCase pqrs, String authorKind, String authorName, String body, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.caseId = pqrs.id();
        this.authorKind = authorKind;
        this.authorName = authorName;
        this.body = TicketContent.required("body", body, TicketContent.DESCRIPTION_MAX, "el mensaje", "the message");
        this.createdAt = at;
    }

    public String id() {
        return id;
    }

    public String authorKind() {
        return authorKind;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
