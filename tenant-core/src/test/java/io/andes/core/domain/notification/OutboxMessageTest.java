package io.andes.core.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.api.NotificationChannel;
import io.andes.core.api.NotificationStatus;
import io.andes.core.api.NotificationView;
import io.andes.core.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");
    private static final RetryPolicy THREE_ATTEMPTS = new RetryPolicy(3, () -> 0.0);

    private final OutboxMessage mail =
            OutboxMessage.email("m-1", new EmailAddress("Jefa@Empresa.CL"), "Asunto", "Texto", "<p>Texto</p>", NOW);

    @Test
    void aNewMessageIsPendingAndDueAtOnce() {
        NotificationView view = mail.view();

        assertThat(view.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(view.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(view.recipient()).isEqualTo("jefa@empresa.cl");
        assertThat(view.attempts()).isZero();
        assertThat(view.createdAt()).isEqualTo(NOW);
        assertThat(view.nextAttemptAt()).isEqualTo(NOW);
        assertThat(view.sentAt()).isNull();
        assertThat(mail.email().html()).isEqualTo("<p>Texto</p>");
    }

    @Test
    void deliveryCountsTheAttemptAndRecordsWhen() {
        mail.delivered(NOW.plusSeconds(1));

        assertThat(mail.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.view().sentAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(mail.nextAttemptAt()).isNull();
    }

    @Test
    void aFailedAttemptWaitsThePolicysPauseAndKeepsTheError() {
        mail.attemptFailed("SMTP: ConnectException: Connection refused", NOW, THREE_ATTEMPTS);

        assertThat(mail.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofSeconds(5)));
        assertThat(mail.lastError()).isEqualTo("SMTP: ConnectException: Connection refused");

        mail.attemptFailed("again", NOW.plusSeconds(5), THREE_ATTEMPTS);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plusSeconds(15));
    }

    @Test
    void theLastAllowedFailureGivesUp() {
        for (int i = 0; i < 3; i++) {
            mail.attemptFailed("down", NOW, THREE_ATTEMPTS);
        }

        assertThat(mail.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(mail.attempts()).isEqualTo(3);
        assertThat(mail.nextAttemptAt()).isNull();
    }

    @Test
    void aFailedMessageCanBeRetriedOnceMoreAtOnce() {
        for (int i = 0; i < 3; i++) {
            mail.attemptFailed("down", NOW, THREE_ATTEMPTS);
        }
        mail.retryNow(NOW.plusSeconds(60));

        assertThat(mail.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));

        mail.attemptFailed("still down", NOW.plusSeconds(61), THREE_ATTEMPTS);
        assertThat(mail.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(mail.attempts()).isEqualTo(4);
        assertThat(mail.lastError()).isEqualTo("still down");
    }

    @Test
    void onlyAFailedMessageCanBeRetried() {
        assertThatThrownBy(() -> mail.retryNow(NOW))
                .isInstanceOfSatisfying(
                        NotRetryableException.class, e -> assertThat(e.status()).isEqualTo(NotificationStatus.PENDING));
        mail.delivered(NOW);
        assertThatThrownBy(() -> mail.retryNow(NOW)).isInstanceOf(NotRetryableException.class);
    }

    @Test
    void aSentMessageIsNeverSentOrFailedAgain() {
        mail.delivered(NOW);

        assertThatThrownBy(() -> mail.delivered(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mail.attemptFailed("x", NOW, THREE_ATTEMPTS))
                .isInstanceOf(IllegalStateException.class);
        assertThat(mail.attempts()).isEqualTo(1);
    }

    @Test
    void aClaimHoldsOnlyWhileTheNextAttemptIsItsLease() {
        OutboxMessage leased = OutboxMessage.sms("s-1", new PhoneNumber("+56912345678"), "Hola", NOW.plusSeconds(300));

        assertThat(leased.claimedUntil(NOW.plusSeconds(300))).isTrue();
        assertThat(leased.claimedUntil(NOW.plusSeconds(301))).isFalse();
        leased.delivered(NOW);
        assertThat(leased.claimedUntil(NOW.plusSeconds(300))).isFalse();
    }

    @Test
    void theLastErrorIsOneBoundedLine() {
        mail.attemptFailed("first line\n\tat com.example.Foo(Foo.java:1)\n" + "x".repeat(2000), NOW, THREE_ATTEMPTS);

        assertThat(mail.lastError())
                .doesNotContain("\n")
                .hasSize(OutboxMessage.ERROR_LIMIT)
                .endsWith("…");
        assertThat(OutboxMessage.shorten(null)).isEqualTo("unknown error");
        assertThat(OutboxMessage.shorten("  ")).isEqualTo("unknown error");
    }

    @Test
    void anSmsKeepsItsPhoneAndText() {
        OutboxMessage sms = OutboxMessage.sms("s-2", new PhoneNumber("+56 9 1234 5678"), "Su ticket", NOW);

        assertThat(sms.channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(sms.phone().value()).isEqualTo("+56912345678");
        assertThat(sms.text()).isEqualTo("Su ticket");
        assertThat(sms.view().subject()).isNull();
    }
}
