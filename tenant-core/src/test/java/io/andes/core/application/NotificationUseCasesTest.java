package io.andes.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.api.NotificationChannel;
import io.andes.core.api.NotificationStatus;
import io.andes.core.api.OutgoingEmail;
import io.andes.core.api.PageRequest;
import io.andes.core.domain.notification.RetryPolicy;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");

    private final FakeOutbox outbox = new FakeOutbox();
    private final NotificationUseCases notifications = new NotificationUseCases();

    @BeforeEach
    void wire() {
        notifications.outbox = outbox;
        notifications.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void anEmailIsQueuedPendingForItsNormalisedRecipient() {
        String id = notifications.queueEmail(new OutgoingEmail(" Ana@Empresa.CL ", " Hola ", "Texto", " "));

        var view = outbox.find(id).orElseThrow().view();
        assertThat(view.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(view.recipient()).isEqualTo("ana@empresa.cl");
        assertThat(view.subject()).isEqualTo("Hola");
        assertThat(view.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(outbox.find(id).orElseThrow().email().html()).isNull();
    }

    @Test
    void anSmsIsQueuedInE164() {
        String id = notifications.queueSms("+56 9 1234 5678", "Su ticket 42 fue respondido");

        assertThat(outbox.find(id).orElseThrow().view().recipient()).isEqualTo("+56912345678");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "no-es-correo | Asunto | Texto | to",
                "ana@empresa.cl | '' | Texto | subject",
                "ana@empresa.cl | Asunto | '' | text",
            })
    void badEmailsAreRefusedNamingTheFieldAndQueueNothing(String to, String subject, String text, String field) {
        assertThat(fieldOf(() -> notifications.queueEmail(OutgoingEmail.plain(to, subject, text))))
                .isEqualTo(field);
        assertThat(outbox.messages).isEmpty();
    }

    @Test
    void aSubjectWithALineBreakCannotSmuggleHeaders() {
        assertThat(fieldOf(() ->
                        notifications.queueEmail(OutgoingEmail.plain("ana@empresa.cl", "Hola\r\nBcc: x@y.cl", "t"))))
                .isEqualTo("subject");
    }

    @Test
    void overlongPartsAreRefused() {
        String to = "ana@empresa.cl";
        assertThat(fieldOf(() -> notifications.queueEmail(OutgoingEmail.plain(to, "x".repeat(201), "t"))))
                .isEqualTo("subject");
        assertThat(fieldOf(() -> notifications.queueEmail(OutgoingEmail.plain(to, "s", "x".repeat(100_001)))))
                .isEqualTo("text");
        assertThat(fieldOf(() -> notifications.queueEmail(new OutgoingEmail(to, "s", "t", "x".repeat(200_001)))))
                .isEqualTo("html");
        assertThat(fieldOf(() -> notifications.queueSms("+56912345678", "x".repeat(1601))))
                .isEqualTo("text");
    }

    @ParameterizedTest
    @CsvSource({"56912345678", "+0912345678", "+1234567", "''"})
    void badPhonesAreRefused(String phone) {
        assertThat(fieldOf(() -> notifications.queueSms(phone, "Hola"))).isEqualTo("phone");
    }

    @Test
    void theListIsNewestFirstWithTheTotal() {
        notifications.queueSms("+56912345678", "uno");
        notifications.clock = Clock.fixed(NOW.plusSeconds(1), ZoneOffset.UTC);
        notifications.queueSms("+56912345678", "dos");

        var page = notifications.list(new PageRequest(0, 1));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).hasSize(1);
        assertThat(page.items().get(0).createdAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void onlyAFailedNotificationIsRetriedAndAnUnknownOneIsNotFound() {
        String id = notifications.queueSms("+56912345678", "Hola");

        assertThat(problemOf(() -> notifications.retry(id))).isEqualTo(ProblemType.CONFLICT);
        assertThat(problemOf(() -> notifications.retry("0190c3a0-0000-7000-8000-000000000000")))
                .isEqualTo(ProblemType.NOT_FOUND);
        assertThat(problemOf(() -> notifications.retry(null))).isEqualTo(ProblemType.NOT_FOUND);

        outbox.find(id).orElseThrow().attemptFailed("down", NOW, new RetryPolicy(1, () -> 0.0));
        var retried = notifications.retry(id);
        assertThat(retried.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(retried.nextAttemptAt()).isEqualTo(NOW);
    }

    private static ProblemType problemOf(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.type();
        }
        throw new AssertionError("no problem raised");
    }

    @SuppressWarnings("unchecked")
    private static String fieldOf(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            var errors = (List<Map<String, Object>>) e.extensions().get("errors");
            return (String) errors.get(0).get("field");
        }
        throw new AssertionError("no problem raised");
    }

    @Test
    void aMissingEmailIsAProgrammingError() {
        assertThatThrownBy(() -> notifications.queueEmail(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
