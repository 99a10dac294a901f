package io.andes.billing.advisor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdvisorQuoteTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private static AdvisorQuote quote() {
        CommercialRequest request = new CommercialRequest(
                new CommercialNumber(1),
                CommercialRequestType.NUEVO_PRODUCTO,
                "Cotícenos",
                null,
                new Requester("s", "jefa@cliente.cl"),
                NOW);
        return new AdvisorQuote(request, "Precio de lista", "asesor@andes.dev", NOW);
    }

    @Test
    void isAcceptedOnceRecordingWhoAndWhen() {
        AdvisorQuote quote = quote();
        quote.accept("jefa@cliente.cl", NOW.plusSeconds(60));
        assertThat(quote.status()).isEqualTo(QuoteStatus.ACEPTADA);
        assertThat(quote.acceptedBy()).isEqualTo("jefa@cliente.cl");
        assertThat(quote.acceptedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> quote.accept("otro@cliente.cl", NOW.plusSeconds(90)))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(quote.acceptedBy()).isEqualTo("jefa@cliente.cl");
    }

    @Test
    void aReplacedQuoteCannotBeAcceptedAndAnAcceptedOneIsNotReplaced() {
        AdvisorQuote replaced = quote();
        replaced.replace();
        assertThat(replaced.status()).isEqualTo(QuoteStatus.REEMPLAZADA);
        assertThatThrownBy(() -> replaced.accept("jefa@cliente.cl", NOW)).isInstanceOf(ProblemException.class);

        AdvisorQuote accepted = quote();
        accepted.accept("jefa@cliente.cl", NOW);
        accepted.replace();
        assertThat(accepted.status()).isEqualTo(QuoteStatus.ACEPTADA);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, QuoteLine.MAX_QUANTITY + 1})
    void aLineHasAQuantityFromOneToTenThousand(int quantity) {
        assertThatThrownBy(() -> new QuoteLine(quote(), 1, QuoteProduct.USERS, quantity, null))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aLineKeepsProductQuantityAndNote() {
        QuoteLine line = new QuoteLine(quote(), 1, QuoteProduct.DTE_PACK, 3, " 500 documentos ");
        assertThat(line.product()).isEqualTo(QuoteProduct.DTE_PACK);
        assertThat(line.quantity()).isEqualTo(3);
        assertThat(line.note()).isEqualTo("500 documentos");
    }
}
