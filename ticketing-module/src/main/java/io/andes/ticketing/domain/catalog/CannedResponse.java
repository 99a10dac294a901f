package io.andes.ticketing.domain.catalog;

import io.andes.ticketing.domain.ticket.TicketContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An answer agents reuse: a title to pick it by and the text it inserts. Shared by every agent. */
@Entity
@Table(name = "canned_response")
public class CannedResponse {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 20_000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CannedResponse() {}

    public CannedResponse(String title, String body, Instant at) {
        this.id = UUID.randomUUID().toString();
        change(title, body, at);
    }

    /** New wording; both are required and validated like a ticket's text. */
    public final void change(String newTitle, String newBody, Instant at) {
        this.title = TicketContent.required("title", newTitle, TITLE_MAX, "el título", "the title");
        this.body = TicketContent.required("body", newBody, BODY_MAX, "el texto", "the text");
        this.updatedAt = at;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
