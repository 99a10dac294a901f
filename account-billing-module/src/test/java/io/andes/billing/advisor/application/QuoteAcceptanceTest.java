package io.andes.billing.advisor.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.billing.advisor.api.AdvisorQuoteAccepted;
import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.ChannelTestBed.QuoteLineSpec;
import io.andes.billing.advisor.domain.AdvisorQuote;
import io.andes.billing.advisor.domain.CommercialRequest;
import io.andes.billing.advisor.domain.QuoteProduct;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * Accepting a quote: who and when are kept, the advisor is mailed and {@link AdvisorQuoteAccepted} carries the tenant,
 * the quote and its lines for the store's cart; a plain user, an unknown quote or a second click change nothing.
 */
class QuoteAcceptanceTest {

    private final ChannelTestBed bed = new ChannelTestBed("jefa@cliente.test", Roles.TENANT_ADMIN);

    private CommercialRequest sent() {
        AdvisorViews.Request view = bed.channel.send("NUEVO_PRODUCTO", "Cotícenos usuarios", null, false, false);
        return bed.requests.all.stream()
                .filter(r -> r.number().formatted().equals(view.number()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theAdminAcceptsAndTheStoreIsToldWhatToPutInTheCart() {
        CommercialRequest request = sent();
        AdvisorQuote quote = bed.quoted(
                request,
                new QuoteLineSpec(QuoteProduct.USERS, 5, "para bodega"),
                new QuoteLineSpec(QuoteProduct.PRIORITY_SUPPORT, 1, null));
        bed.mails.clear();

        AdvisorViews.Request view = bed.acceptance.accept("C-000001", quote.id(), false);

        assertThat(view.quotes().get(0).status()).isEqualTo("ACEPTADA");
        assertThat(view.quotes().get(0).acceptedBy()).isEqualTo("jefa@cliente.test");
        assertThat(view.quotes().get(0).acceptedAt()).isEqualTo(ChannelTestBed.NOW);
        assertThat(bed.events).singleElement().satisfies(event -> {
            assertThat(event.tenant()).isEqualTo(ChannelTestBed.TENANT);
            assertThat(event.quoteId()).isEqualTo(quote.id());
            assertThat(event.requestNumber()).isEqualTo("C-000001");
            assertThat(event.acceptedBy()).isEqualTo("jefa@cliente.test");
            assertThat(event.lines())
                    .containsExactly(
                            new AdvisorQuoteAccepted.Line("USERS", 5, "para bodega"),
                            new AdvisorQuoteAccepted.Line("PRIORITY_SUPPORT", 1, null));
        });
        assertThat(bed.mails).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("asesora@andes.test");
            assertThat(mail.subject()).startsWith("Cotización aceptada en C-000001");
        });
    }

    @Test
    void aSecondClickIsAConflictAndTheStoreIsToldOnce() {
        AdvisorQuote quote = bed.quoted(sent(), new QuoteLineSpec(QuoteProduct.WORKERS, 3, null));
        bed.acceptance.accept("C-000001", quote.id(), false);

        assertThatThrownBy(() -> bed.acceptance.accept("C-000001", quote.id(), false))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(bed.events).hasSize(1);
    }

    @Test
    void aPlainUserOrAnUnknownQuoteChangesNothing() {
        bed.settings.clear();
        CommercialRequest request = sent();
        AdvisorQuote quote = bed.quoted(request, new QuoteLineSpec(QuoteProduct.DTE_PACK, 2, null));

        assertThatThrownBy(() -> bed.acceptance.accept("C-000001", "no-such-quote", false))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(ProblemType.NOT_FOUND));
        bed.signIn("vendedor@cliente.test", Roles.TENANT_USER);
        assertThatThrownBy(() -> bed.acceptance.accept("C-000001", quote.id(), false))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(ProblemType.FORBIDDEN));
        assertThat(quote.status().name()).isEqualTo("PENDIENTE");
        assertThat(bed.events).isEmpty();
    }

    @Test
    void supportLookingTextIsRefusedWithTheWayToATicketAndNothingIsStored() {
        assertThatThrownBy(() -> bed.channel.send("OTRO", "Nos aparece un ERROR al facturar", null, false, false))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.type()).isEqualTo(ProblemType.UNPROCESSABLE);
                    assertThat(p.extensions()).containsEntry("openTicket", "/portal/nuevo-ticket.xhtml");
                });
        assertThat(bed.requests.all).isEmpty();
        assertThat(bed.mails).isEmpty();

        bed.channel.send("OTRO", "Nos aparece un ERROR al facturar, pero queremos el plan mayor", null, true, false);
        assertThat(bed.requests.all).hasSize(1);
        assertThat(bed.mails).singleElement().satisfies(mail -> assertThat(mail.to())
                .isEqualTo("asesora@andes.test"));
    }
}
