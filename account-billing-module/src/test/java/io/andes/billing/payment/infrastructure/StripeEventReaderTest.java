package io.andes.billing.payment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.billing.payment.domain.GatewayEvent;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class StripeEventReaderTest {

    private static final String SECRET = "whsec_unit";
    private static final Instant NOW = Instant.parse("2026-03-18T15:00:00Z");

    private final StripeEventReader reader = reader();

    private static StripeEventReader reader() {
        StripeEventReader reader = new StripeEventReader();
        reader.secret = Optional.of(SECRET);
        reader.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return reader;
    }

    private static String event(String type, String object) {
        return "{\"id\":\"evt_1\",\"object\":\"event\",\"api_version\":\"2020-08-27\",\"type\":\"" + type
                + "\",\"data\":{\"object\":" + object + "}}";
    }

    private static String sign(String payload, Instant at, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String digest = HexFormat.of()
                .formatHex(mac.doFinal((at.getEpochSecond() + "." + payload).getBytes(StandardCharsets.UTF_8)));
        return "t=" + at.getEpochSecond() + ",v1=" + digest;
    }

    private static final String PAID_SESSION = event(
            "checkout.session.completed",
            "{\"id\":\"cs_1\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"payment_status\":\"paid\","
                    + "\"payment_intent\":\"pi_1\",\"metadata\":{\"tenant\":\"sur\",\"payment\":\"p-1\"}}");

    @Test
    void aSignedEventOfAnOlderApiVersionIsReadWithOurMetadata() throws Exception {
        GatewayEvent event = reader.read(PAID_SESSION, sign(PAID_SESSION, NOW, SECRET));
        assertThat(event.kind()).isEqualTo(GatewayEvent.Kind.PAID);
        assertThat(event.tenant()).isEqualTo("sur");
        assertThat(event.paymentId()).isEqualTo("p-1");
        assertThat(event.gatewayPaymentId()).isEqualTo("pi_1");
    }

    @Test
    void anExpiredPaymentCheckoutIsReadAsExpiredOfOurPayment() throws Exception {
        String expired = event(
                "checkout.session.expired",
                "{\"id\":\"cs_9\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"status\":\"expired\","
                        + "\"metadata\":{\"tenant\":\"sur\",\"payment\":\"p-9\"}}");
        GatewayEvent event = reader.read(expired, sign(expired, NOW, SECRET));
        assertThat(event.kind()).isEqualTo(GatewayEvent.Kind.EXPIRED);
        assertThat(event.paymentId()).isEqualTo("p-9");
        String setupExpired = expired.replace("\"mode\":\"payment\"", "\"mode\":\"setup\"");
        assertThat(reader.read(setupExpired, sign(setupExpired, NOW, SECRET)).kind())
                .isEqualTo(GatewayEvent.Kind.IGNORED);
    }

    @Test
    void tamperedStaleOrForeignSignaturesAreA400() throws Exception {
        String signature = sign(PAID_SESSION, NOW, SECRET);
        assertRefused(PAID_SESSION.replace("p-1", "p-2"), signature);
        assertRefused(PAID_SESSION, sign(PAID_SESSION, NOW.minusSeconds(301), SECRET));
        assertRefused(PAID_SESSION, sign(PAID_SESSION, NOW, "whsec_other"));
        assertRefused(PAID_SESSION, null);
        assertRefused("not json", sign("not json", NOW, SECRET));
    }

    @Test
    void declinesAndSavedCardsAreReadAndUnknownTypesIgnored() throws Exception {
        String failed = event(
                "payment_intent.payment_failed",
                "{\"id\":\"pi_2\",\"object\":\"payment_intent\",\"last_payment_error\":{\"message\":\"Your card was"
                        + " declined.\"},\"metadata\":{\"tenant\":\"sur\",\"payment\":\"p-2\"}}");
        assertThat(reader.read(failed, sign(failed, NOW, SECRET)).detail()).contains("Your card was declined.");
        String setup = event(
                "setup_intent.succeeded",
                "{\"id\":\"seti_1\",\"object\":\"setup_intent\",\"payment_method\":\"pm_1\","
                        + "\"metadata\":{\"tenant\":\"sur\"}}");
        GatewayEvent saved = reader.read(setup, sign(setup, NOW, SECRET));
        assertThat(saved.kind()).isEqualTo(GatewayEvent.Kind.CARD_SAVED);
        assertThat(saved.gatewayPaymentId()).isEqualTo("pm_1");
        String other = event("customer.created", "{\"id\":\"cus_1\",\"object\":\"customer\"}");
        assertThat(reader.read(other, sign(other, NOW, SECRET)).kind()).isEqualTo(GatewayEvent.Kind.IGNORED);
    }

    private void assertRefused(String payload, String signature) {
        assertThatThrownBy(() -> reader.read(payload, signature))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION));
    }
}
