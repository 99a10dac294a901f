package io.andes.core.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test";
    private static final String BODY = "{\"id\":\"e1\",\"type\":\"ticket.created\"}";
    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void theHeaderNamesTheUnixTimeAndTheHexHmacOfTimeDotBody() {
        String header = WebhookSignature.header(SECRET, AT, BODY);

        assertThat(header).matches("t=1796126400,v1=[0-9a-f]{64}");
        assertThat(header).endsWith(WebhookSignature.hmac(SECRET, "1796126400." + BODY));
    }

    @Test
    void aKnownVectorGivesTheKnownHmac() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookSignature.hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void theSignatureVerifiesWithTheSecretOnly() {
        String header = WebhookSignature.header(SECRET, AT, BODY);

        assertThat(WebhookSignature.verify(header, SECRET, BODY, AT.plusSeconds(30), FIVE_MINUTES))
                .isTrue();
        assertThat(WebhookSignature.verify(header, "whsec_other", BODY, AT, FIVE_MINUTES))
                .isFalse();
        assertThat(WebhookSignature.verify(header, SECRET, BODY + " ", AT, FIVE_MINUTES))
                .isFalse();
    }

    @Test
    void anOldOrMalformedSignatureIsRefused() {
        String header = WebhookSignature.header(SECRET, AT, BODY);

        assertThat(WebhookSignature.verify(header, SECRET, BODY, AT.plus(Duration.ofMinutes(6)), FIVE_MINUTES))
                .isFalse();
        assertThat(WebhookSignature.verify(null, SECRET, BODY, AT, FIVE_MINUTES))
                .isFalse();
        assertThat(WebhookSignature.verify("v1=abc", SECRET, BODY, AT, FIVE_MINUTES))
                .isFalse();
        assertThat(WebhookSignature.verify("t=x,v1=abc", SECRET, BODY, AT, FIVE_MINUTES))
                .isFalse();
        String changedTime = header.replace("t=1796126400", "t=1796126401");
        assertThat(WebhookSignature.verify(changedTime, SECRET, BODY, AT, FIVE_MINUTES))
                .isFalse();
    }

    @Test
    void secretsAreRandomAndRecognisable() {
        String one = WebhookSignature.newSecret();

        assertThat(one).matches("whsec_[0-9a-f]{64}");
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(one);
    }
}
