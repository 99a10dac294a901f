package io.andes.core.domain.notification;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.api.NotificationChannel;
import io.andes.core.api.NotificationStatus;
import io.andes.core.api.NotificationView;
import io.andes.core.api.OutgoingEmail;
import io.andes.core.domain.user.EmailAddress;
import io.andes.core.domain.webhook.WebhookDelivery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One e-mail or SMS of a tenant waiting in the outbox, or its record once delivered or given up. It is PENDING from
 * the start and while retries remain, SENT once the server accepted it, FAILED after the last allowed attempt; staff
 * may send a FAILED one again. The message is written in the transaction of the change it announces.
 */
@Entity
@Table(name = "outbox_message")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class OutboxMessage {

    static final int ERROR_LIMIT = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 8)
    private NotificationChannel channel;

    @Column(name = "recipient", nullable = false, length = 500)
    private String recipient;

    @Column(name = "subject", length = 200)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String text;

    @Column(name = "body_html")
    private String html;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private NotificationStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_LIMIT)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For a webhook: the endpoint whose secret signs it (looked up at delivery, never copied here). */
    @Column(name = "webhook_endpoint_id", length = 36)
    private String webhookEndpointId;

    protected OutboxMessage() {}

    private OutboxMessage(String id, NotificationChannel channel, String recipient, String text, Instant now) {
        this.id = id;
        this.channel = channel;
        this.recipient = recipient;
        this.text = text;
        this.status = NotificationStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** An e-mail due at once; the subject and bodies were validated by the caller. */
    public static OutboxMessage email(
            String id, EmailAddress to, String subject, String text, String html, Instant now) {
        OutboxMessage message = new OutboxMessage(id, NotificationChannel.EMAIL, to.value(), text, now);
        message.subject = subject;
        message.html = html;
        return message;
    }

    public static OutboxMessage sms(String id, PhoneNumber to, String text, Instant now) {
        return new OutboxMessage(id, NotificationChannel.SMS, to.value(), text, now);
    }

    /** A webhook delivery due at once: to the endpoint's URL, the event type as subject, the JSON event as body. */
    public static OutboxMessage webhook(
            String id, String endpointId, String url, String eventType, String json, Instant now) {
        OutboxMessage message = new OutboxMessage(id, NotificationChannel.WEBHOOK, url, json, now);
        message.subject = eventType;
        message.webhookEndpointId = endpointId;
        return message;
    }

    /** Whether the dispatcher's claim made until {@code lease} still holds: nobody delivered or re-claimed it since. */
    public boolean claimedUntil(Instant lease) {
        return status == NotificationStatus.PENDING && lease.equals(nextAttemptAt);
    }

    /** The server accepted the message. */
    public void delivered(Instant now) {
        requireStatus(NotificationStatus.PENDING);
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
    }

    /** An attempt failed: try again after the policy's pause, or give up when no attempt is left. */
    public void attemptFailed(String error, Instant now, RetryPolicy policy) {
        requireStatus(NotificationStatus.PENDING);
        attempts++;
        lastError = shorten(error);
        if (policy.exhausted(attempts)) {
            status = NotificationStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(policy.pauseAfter(attempts));
        }
    }

    /** Staff send a FAILED message once more, at once; if that attempt fails too, it is FAILED again. */
    public void retryNow(Instant now) {
        if (status != NotificationStatus.FAILED) {
            throw new NotRetryableException(status);
        }
        status = NotificationStatus.PENDING;
        nextAttemptAt = now;
    }

    private void requireStatus(NotificationStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Notification " + id + " is " + status + ", not " + expected);
        }
    }

    /** One line, bounded: a last error is read in a table, never a stack trace. */
    static String shorten(String error) {
        String line = error == null || error.isBlank()
                ? "unknown error"
                : error.strip().replaceAll("\\s+", " ");
        return line.length() <= ERROR_LIMIT ? line : line.substring(0, ERROR_LIMIT - 1) + "…";
    }

    public String id() {
        return id;
    }

    public NotificationChannel channel() {
        return channel;
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public OutgoingEmail email() {
        return new OutgoingEmail(recipient, subject, text, html);
    }

    public PhoneNumber phone() {
        return new PhoneNumber(recipient);
    }

    public String webhookEndpointId() {
        return webhookEndpointId;
    }

    /** The attempt to deliver this webhook message, signed with {@code secret}; its id is stable across retries. */
    public WebhookDelivery webhookDelivery(String secret) {
        return new WebhookDelivery(id, recipient, subject, text, secret);
    }

    public String text() {
        return text;
    }

    public NotificationView view() {
        return new NotificationView(
                id, channel, recipient, subject, status, attempts, lastError, createdAt, sentAt, nextAttemptAt);
    }
}
