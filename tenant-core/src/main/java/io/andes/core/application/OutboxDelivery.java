package io.andes.core.application;

import io.andes.core.api.NotificationChannel;
import io.andes.core.api.NotificationStatus;
import io.andes.core.domain.notification.ClaimedMessage;
import io.andes.core.domain.notification.DeliveryException;
import io.andes.core.domain.notification.MailSender;
import io.andes.core.domain.notification.OutboxMessage;
import io.andes.core.domain.notification.OutboxRepository;
import io.andes.core.domain.notification.RetryPolicy;
import io.andes.core.domain.notification.SmsSender;
import io.andes.core.infrastructure.Transactions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dispatcher's two steps, each a transaction of its own: claim a few due messages of any tenant, then deliver
 * each one as its tenant's. A message is sent while its row is locked and marked in the same transaction, so with a
 * working database it is sent once; if the database fails after the server accepted the message, the claim runs out
 * and it is sent again (at least once, never lost).
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    /** Longer than any delivery can take with 5 s timeouts; after it a crashed instance's claims are taken over. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    OutboxRepository outbox;

    @Inject
    MailSender mail;

    @Inject
    @Any
    Instance<SmsSender> smsProviders;

    @Inject
    @ConfigProperty(name = "andes.sms.provider", defaultValue = "log")
    String smsProvider;

    @Inject
    @ConfigProperty(name = "andes.outbox.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    WebhookDispatch webhooks;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    SmsSender sms;
    RetryPolicy retries;

    /** Settings are checked here, so that a wrong provider or attempt count stops the deployment, naming the key. */
    @PostConstruct
    void configure() {
        sms = SmsSender.choose(smsProviders, smsProvider);
        retries = new RetryPolicy(maxAttempts, () -> ThreadLocalRandom.current().nextDouble());
    }

    public List<ClaimedMessage> claim(int limit) {
        Instant now = clock.instant();
        return transactions.requiresNew(() -> outbox.claimDue(now, now.plus(LEASE), limit));
    }

    /** Delivers one claimed message unless someone else has dealt with it since the claim. */
    public void deliver(ClaimedMessage claim) {
        transactions.requiresNew(() -> {
            outbox.lockForDelivery(claim)
                    .filter(message -> message.claimedUntil(claim.lease()))
                    .ifPresent(message -> attempt(claim, message));
            return null;
        });
    }

    private void attempt(ClaimedMessage claim, OutboxMessage message) {
        try {
            send(claim, message);
            message.delivered(clock.instant());
        } catch (DeliveryException e) {
            failed(claim, message, e.getMessage());
        } catch (RuntimeException e) {
            // A bug or an unexpected answer must not make the message loop for ever: count it as a failed attempt.
            failed(claim, message, "unexpected " + e.getClass().getSimpleName());
        }
    }

    private void send(ClaimedMessage claim, OutboxMessage message) throws DeliveryException {
        if (message.channel() == NotificationChannel.EMAIL) {
            mail.send(message.id(), message.email());
        } else if (message.channel() == NotificationChannel.WEBHOOK) {
            webhooks.send(claim.tenant(), message);
        } else {
            sms.send(message.phone(), message.text());
        }
    }

    private void failed(ClaimedMessage claim, OutboxMessage message, String error) {
        message.attemptFailed(error, clock.instant(), retries);
        if (message.status() == NotificationStatus.FAILED) {
            LOG.warning(() -> "Notification " + message.id() + " of tenant " + claim.tenant() + " ("
                    + message.channel() + ") failed for good after " + message.attempts() + " attempts: "
                    + message.lastError());
        }
    }

    /** For the start-up log line. */
    public String settings() {
        return "SMS via " + sms.id() + ", at most " + retries.maxAttempts() + " attempts per message";
    }
}
