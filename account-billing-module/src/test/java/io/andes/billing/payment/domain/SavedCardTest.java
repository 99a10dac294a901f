package io.andes.billing.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SavedCardTest {

    private static final Instant NOW = Instant.parse("2026-03-18T15:00:00Z");

    @Test
    void theCardIsNamedByItsBrandAndLastFourDigits() {
        assertThat(new SavedCard("visa", "4242", 12, 2030).label()).isEqualTo("Visa •••• 4242");
        assertThat(new SavedCard("AMEX", "0005", 1, 2031).brandName()).isEqualTo("American Express");
        assertThat(new SavedCard("elo", "1234", 1, 2031).brandName()).isEqualTo("Elo");
    }

    @Test
    void somethingThatIsNotACardIsRefused() {
        assertThatThrownBy(() -> new SavedCard("visa", "42", 12, 2030)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SavedCard("visa", "4242", 13, 2030)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SavedCard(" ", "4242", 12, 2030)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAccountKeepsTheDetailsOfTheCardOnFileUntilAnotherGatewayStartsOver() {
        PaymentAccount account = new PaymentAccount("stripe", NOW);
        account.customerCreated("stripe", "cus_1", NOW);
        account.cardSaved("pm_1", new SavedCard("visa", "4242", 12, 2030), "Tarjeta guardada en Stripe", NOW);
        assertThat(account.savedCard()).contains(new SavedCard("visa", "4242", 12, 2030));
        assertThat(account.cardLabel()).contains("Visa •••• 4242");
        assertThat(account.autoPay()).isTrue();

        account.customerCreated("sandbox", "sbx_cus_1", NOW);
        assertThat(account.savedCard()).isEmpty();
        assertThat(account.cardLabel()).isEmpty();
    }

    @Test
    void aCardTheGatewayToldNothingAboutKeepsItsLabelOnly() {
        PaymentAccount account = new PaymentAccount("stripe", NOW);
        account.cardSaved("pm_1", null, "Tarjeta guardada en Stripe", NOW);
        assertThat(account.savedCard()).isEmpty();
        assertThat(account.cardLabel()).contains("Tarjeta guardada en Stripe");
    }
}
