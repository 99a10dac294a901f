package io.andes.billing.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.web.TenantFormats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PaymentNoticesTest {

    private final PaymentNotices notices = new PaymentNotices();

    {
        notices.webUrl = "https://andes.example";
    }

    @Test
    void aChileanTenantReadsTheAmountAndTheNextAttemptAsInChile() {
        String text = notices.declined(
                "F-000123",
                new BigDecimal("1190000"),
                Currency.getInstance("CLP"),
                "insufficient_funds",
                Instant.parse("2026-12-05T02:30:00Z"),
                new TenantFormats(new Locale("es", "CL"), ZoneId.of("America/Santiago")));

        assertThat(text)
                .contains("factura F-000123 por $1.190.000 CLP")
                .contains("(insufficient_funds)")
                // 02:30 UTC on 5 December is 23:30 on 4 December in Santiago (summer time, UTC-3)
                .contains("Lo intentaremos de nuevo el 04-12-2026 23:30 (hora de Chile).")
                .contains("https://andes.example/portal/pagos.xhtml")
                .doesNotContain("1190000")
                .doesNotContain("UTC");
    }

    @Test
    void aColombianTenantReadsItsOwnSeparatorsAndZone() {
        String text = notices.declined(
                "F-000124",
                new BigDecimal("250000.00"),
                Currency.getInstance("COP"),
                "card_declined",
                Instant.parse("2026-12-05T02:30:00Z"),
                new TenantFormats(new Locale("es", "CO"), ZoneId.of("America/Bogota")));

        // the formats separate with no-break spaces; compared here as plain ones
        assertThat(text.replace('\u00a0', ' ').replace('\u202f', ' '))
                .contains("por $ 250.000,00 COP")
                .contains("Lo intentaremos de nuevo el 4/12/2026, 9:30 p. m. (hora de Colombia).");
    }

    @Test
    void afterTheLastAttemptItSaysNoMoreWillFollow() {
        String text = notices.declined(
                "F-000125",
                new BigDecimal("1000"),
                Currency.getInstance("CLP"),
                "expired_card",
                null,
                new TenantFormats(new Locale("es", "CL"), ZoneId.of("America/Santiago")));

        assertThat(text).contains("No habrá más intentos automáticos").doesNotContain("Lo intentaremos");
    }
}
