package io.andes.billing.invoice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvoiceNumberTest {

    @Test
    void formatsWithYearAndSixDigits() {
        assertThat(new InvoiceNumber(InvoiceNumber.INVOICE, 2026, 1).formatted())
                .isEqualTo("F-2026-000001");
        assertThat(new InvoiceNumber(InvoiceNumber.CREDIT_NOTE, 2026, 12).formatted())
                .isEqualTo("NC-2026-000012");
    }

    @Test
    void parsesWhatItFormatsAndNothingElse() {
        assertThat(InvoiceNumber.parse(" f-2026-000042 ")).contains(new InvoiceNumber("F", 2026, 42));
        assertThat(InvoiceNumber.parse("F-2026-000000")).isEmpty();
        assertThat(InvoiceNumber.parse("F-0000-000001")).isEmpty();
        assertThat(InvoiceNumber.parse("X-2026-000001")).isEmpty();
        assertThat(InvoiceNumber.parse("F-2026-99999999999")).isEmpty();
        assertThat(InvoiceNumber.parse(null)).isEmpty();
    }
}
