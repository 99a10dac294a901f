package io.andes.ticketing.domain.visit;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An online meeting arranged on a ticket: when it starts, how long it lasts (5 to 480 minutes), what it is about and
 * its https link ({@link MeetingLink}).
 */
@Entity
@Table(name = "ticket_meeting")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class TicketMeeting {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_id", nullable = false)
    private String ticketId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "link", nullable = false)
    private String link;

    @Column(name = "topic", nullable = false)
    private String topic;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketMeeting() {}

    public TicketMeeting(
            Ticket ticket,
            Instant startsAt,
            int durationMinutes,
            MeetingLink link,
            String topic,
            String by,
            Instant at) {
        if (startsAt == null) {
            throw ProblemException.invalidField(
                    "startsAt", "es obligatoria", "Falta la fecha de la reunión.", "The meeting date is missing.");
        }
        if (durationMinutes < 5 || durationMinutes > 480) {
            throw ProblemException.invalidField(
                    "durationMinutes",
                    "debe estar entre 5 y 480",
                    "La duración debe estar entre 5 y 480 minutos.",
                    "The duration must be between 5 and 480 minutes.");
        }
        this.id = UUID.randomUUID().toString();
        this.ticketId = ticket.id();
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.link = link.value();
        this.topic = TicketContent.required("topic", topic, 200, "el tema", "the topic");
        this.createdBy = by;
        this.createdAt = at;
    }

    public String id() {
        return id;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public String link() {
        return link;
    }

    public String topic() {
        return topic;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
