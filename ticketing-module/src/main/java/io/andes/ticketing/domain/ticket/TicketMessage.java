package io.andes.ticketing.domain.ticket;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One entry of a ticket's conversation. Internal notes are for the vendor's staff only and never reach the tenant.
 * Replies are taken only through the portal or the API, never by e-mail.
 */
@Entity
@Table(name = "ticket_message")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class TicketMessage {

    public static final String REQUESTER = "REQUESTER";
    public static final String AGENT = "AGENT";
    public static final String SYSTEM = "SYSTEM";
    public static final int BODY_MAX = 20_000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_id", nullable = false)
    private String ticketId;

    @Column(name = "author_kind", nullable = false)
    private String authorKind;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "internal", nullable = false)
    private boolean internal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketMessage() {}

    private TicketMessage(
            Ticket ticket, String authorKind, String authorName, String body, boolean internal, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.ticketId = ticket.id();
        this.authorKind = authorKind;
        this.authorName = authorName;
        this.body = TicketContent.required("body", body, BODY_MAX, "el mensaje", "the message");
        this.internal = internal;
        this.createdAt = at;
    }

    public static TicketMessage fromRequester(Ticket ticket, String name, String body, Instant at) {
        return new TicketMessage(ticket, REQUESTER, name, body, false, at);
    }

    public static TicketMessage fromAgent(Ticket ticket, String name, String body, boolean internal, Instant at) {
        return new TicketMessage(ticket, AGENT, name, body, internal, at);
    }

    /** A note of the platform itself (such as a merge), shown to the tenant and to staff. */
    public static TicketMessage fromSystem(Ticket ticket, String body, Instant at) {
        return new TicketMessage(ticket, SYSTEM, "Andes", body, false, at);
    }

    public String id() {
        return id;
    }

    public String ticketId() {
        return ticketId;
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

    public boolean internal() {
        return internal;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
