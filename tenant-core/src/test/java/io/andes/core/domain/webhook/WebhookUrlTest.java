package io.andes.core.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlTest {

    @Test
    void anHttpsUrlIsKeptAsTyped() {
        assertThat(WebhookUrl.parse(" https://hooks.example.com/andes?x=1 ", false)
                        .value())
                .isEqualTo("https://hooks.example.com/andes?x=1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://hooks.example.com/",
                "ftp://hooks.example.com/",
                "https://user:pw@hooks.example.com/",
                "https:///no-host",
                "https://hooks.example.com/#fragment",
                "https://127.0.0.1/hook",
                "https://localhost/hook",
                "https://10.1.2.3/hook",
                "https://192.168.0.10/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook",
                "javascript:alert(1)",
                "/relative",
                "no es una url",
                ""
            })
    void anythingButHttpsIsRefusedOnUrl(String raw) {
        assertRefused(raw, false);
    }

    @Test
    void loopbackHttpOnlyWhenAllowed() {
        assertThat(WebhookUrl.parse("http://127.0.0.1:8099/hook", true).value())
                .isEqualTo("http://127.0.0.1:8099/hook");
        assertThat(WebhookUrl.parse("http://localhost/hook", true).value()).isEqualTo("http://localhost/hook");
        assertRefused("http://127.0.0.1:8099/hook", false);
        assertRefused("http://10.0.0.1/hook", true);
    }

    @Test
    void aUrlLongerThan500CharactersIsRefused() {
        assertRefused("https://hooks.example.com/" + "a".repeat(500), false);
    }

    @Test
    void unknownEventsAreRefusedAndNoneMeansAll() {
        assertThat(WebhookEventType.subscription(null)).isEqualTo(WebhookEventType.subscribable());
        assertThat(WebhookEventType.subscription(java.util.List.of("ticket.updated")))
                .containsExactly(WebhookEventType.TICKET_UPDATED);
        assertThatThrownBy(() -> WebhookEventType.subscription(java.util.List.of("webhook.ping")))
                .isInstanceOf(ProblemException.class);
    }

    private static void assertRefused(String raw, boolean loopback) {
        assertThatThrownBy(() -> WebhookUrl.parse(raw, loopback)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.extensions().toString()).contains("field=url");
        });
    }
}
