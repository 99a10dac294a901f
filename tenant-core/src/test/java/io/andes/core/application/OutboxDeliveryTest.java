package io.andes.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.api.NotificationStatus;
import io.andes.core.domain.notification.ClaimedMessage;
import io.andes.core.domain.notification.DeliveryException;
import io.andes.core.domain.notification.OutboxMessage;
import io.andes.core.domain.notification.PhoneNumber;
import io.andes.core.domain.notification.RetryPolicy;
import io.andes.core.domain.notification.SmsSender;
import io.andes.core.domain.user.EmailAddress;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");
    private static final Instant LEASE = NOW.plus(OutboxDelivery.LEASE);
    private static final TenantId TENANT = new TenantId("inmobiliaria-sur");

    private final FakeOutbox outbox = new FakeOutbox();
    private final List<String> mailed = new ArrayList<>();
    private final List<String> texted = new ArrayList<>();
    private final OutboxDelivery delivery = new OutboxDelivery();
    private DeliveryException mailFailure;

    @BeforeEach
    void wire() {
        delivery.outbox = outbox;
        delivery.transactions = new Transactions(); // outside a container: runs the work directly
        delivery.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        delivery.retries = new RetryPolicy(2, () -> 0.0);
        delivery.mail = (id, email) -> {
            if (mailFailure != null) {
                throw mailFailure;
            }
            mailed.add(id + " " + email.to());
        };
        delivery.sms = new SmsSender() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public void send(PhoneNumber to, String text) {
                texted.add(to.value() + " " + text);
            }
        };
    }

    private OutboxMessage leasedEmail(String id) {
        OutboxMessage message =
                OutboxMessage.email(id, new EmailAddress("jefa@empresa.cl"), "Asunto", "Texto", null, LEASE);
        outbox.add(message);
        return message;
    }

    private static ClaimedMessage claim(String id) {
        return new ClaimedMessage(TENANT, id, LEASE);
    }

    @Test
    void aClaimedEmailIsSentAndMarkedSent() {
        OutboxMessage message = leasedEmail("m-1");

        delivery.deliver(claim("m-1"));

        assertThat(mailed).containsExactly("m-1 jefa@empresa.cl");
        assertThat(message.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(message.view().sentAt()).isEqualTo(NOW);
    }

    @Test
    void anSmsGoesThroughTheChosenProvider() {
        OutboxMessage sms = OutboxMessage.sms("s-1", new PhoneNumber("+56912345678"), "Hola", LEASE);
        outbox.add(sms);

        delivery.deliver(claim("s-1"));

        assertThat(texted).containsExactly("+56912345678 Hola");
        assertThat(mailed).isEmpty();
        assertThat(sms.status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void aFailedAttemptIsCountedAndRetriedLaterThenGivenUp() {
        OutboxMessage message = leasedEmail("m-2");
        mailFailure = new DeliveryException("SMTP: ConnectException: Connection refused");

        delivery.deliver(claim("m-2"));

        assertThat(message.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(message.lastError()).contains("Connection refused");

        delivery.deliver(new ClaimedMessage(TENANT, "m-2", NOW.plusSeconds(5)));

        assertThat(message.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(message.attempts()).isEqualTo(2);
    }

    @Test
    void anUnexpectedErrorCountsAsAFailedAttemptInsteadOfLoopingForEver() {
        OutboxMessage message = leasedEmail("m-3");
        delivery.mail = (id, email) -> {
            throw new IllegalStateException("bug with a secret in its message");
        };

        delivery.deliver(claim("m-3"));

        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.lastError()).isEqualTo("unexpected IllegalStateException");
    }

    @Test
    void aMessageClaimedAgainByAnotherDispatcherOrAlreadySentIsLeftAlone() {
        OutboxMessage reclaimed = leasedEmail("m-4");
        OutboxMessage sent = leasedEmail("m-5");
        sent.delivered(NOW);

        delivery.deliver(new ClaimedMessage(TENANT, "m-4", LEASE.minusSeconds(1)));
        delivery.deliver(claim("m-5"));
        delivery.deliver(claim("gone"));

        assertThat(mailed).isEmpty();
        assertThat(reclaimed.attempts()).isZero();
        assertThat(sent.attempts()).isEqualTo(1);
    }

    @Test
    void theSettingsNameTheProviderAndTheAttempts() {
        assertThat(delivery.settings()).contains("test").contains("2 attempts");
    }
}
