package io.andes.core.domain.webhook;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.api.WebhookView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A tenant's webhook receiver: where its subscribed events are POSTed, signed with the endpoint's secret. The secret is
 * made by the platform, shown once when the endpoint is created and kept only to sign deliveries; it is never listed.
 */
@Entity
@Table(name = "webhook_endpoint")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class WebhookEndpoint {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "url", nullable = false, length = WebhookUrl.MAX_LENGTH)
    private String url;

    @Column(name = "events", nullable = false, length = 200)
    private String events;

    @Column(name = "secret", nullable = false, length = 80)
    private String secret;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookEndpoint() {}

    public WebhookEndpoint(String id, WebhookUrl url, Set<WebhookEventType> events, String secret, Instant now) {
        this.id = id;
        this.url = url.value();
        this.events = WebhookEventType.join(events);
        this.secret = secret;
        this.active = true;
        this.createdAt = now;
    }

    /** Whether an event of this type goes to this endpoint; a ping always does. */
    public boolean wants(WebhookEventType type) {
        return type == WebhookEventType.PING
                || (active && WebhookEventType.split(events).contains(type.wireName()));
    }

    public String id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String secret() {
        return secret;
    }

    public WebhookView view() {
        return new WebhookView(id, url, WebhookEventType.split(events), active, createdAt);
    }
}
