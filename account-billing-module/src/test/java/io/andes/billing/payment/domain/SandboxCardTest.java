package io.andes.billing.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxCardTest {

    @Test
    void testCardsAreFoundByNumberAsTypedAndByTheirReference() {
        assertThat(SandboxCard.byNumber("4242 4242 4242 4242")).contains(SandboxCard.PAYS);
        assertThat(SandboxCard.byNumber("4000-0000-0000-0002")).contains(SandboxCard.DECLINED);
        assertThat(SandboxCard.byNumber("4000000000000119")).contains(SandboxCard.RETRY);
        assertThat(SandboxCard.byNumber("5555555555554444")).isEmpty();
        assertThat(SandboxCard.byNumber(null)).isEmpty();
        assertThat(SandboxCard.byRef(SandboxCard.PAYS.ref())).contains(SandboxCard.PAYS);
    }

    @Test
    void aSavedTestCardReportsVisaItsLastFourDigitsAndItsExpiry() {
        assertThat(SandboxCard.PAYS.saved()).isEqualTo(new SavedCard("visa", "4242", 12, 2030));
        assertThat(SandboxCard.RETRY.label()).isEqualTo("Visa •••• 0119");
    }
}
