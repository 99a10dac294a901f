package io.andes.billing.advisor.application;

import io.andes.billing.advisor.api.AdvisorQuoteAccepted;
import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.domain.AdvisorQuote;
import io.andes.billing.advisor.domain.CommercialRequest;
import io.andes.billing.advisor.domain.CommercialRequestRepository;
import io.andes.billing.advisor.domain.QuoteLine;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The tenant admin accepts an advisor's quote in one click: who and when are kept, the advisor is mailed and
 * {@link AdvisorQuoteAccepted} is fired in the same transaction, for the store to put the lines in the tenant's cart.
 * An unknown quote is a 404, a quote no longer pending a 409, a plain user a 403.
 */
@ApplicationScoped
public class QuoteAcceptance {

    @Inject
    CommercialRequestRepository requests;

    @Inject
    CommercialRequests channel;

    @Inject
    ChannelAccess access;

    @Inject
    RequestLookup lookup;

    @Inject
    CommercialNotices notices;

    @Inject
    TenantBinding binding;

    @Inject
    Event<AdvisorQuoteAccepted> accepted;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    @Transactional
    public AdvisorViews.Request accept(String number, String quoteId, boolean english) {
        CommercialRequest request = channel.visible(number);
        access.requireAdmin("aceptar una cotización", "accept a quote");
        AdvisorQuote quote = requests.quotes(request).stream()
                .filter(q -> q.id().equals(quoteId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(
                        "la cotización " + shortened(quoteId), "Quote " + shortened(quoteId)));
        Instant at = clock.instant();
        String by = caller.get().username();
        request.tenantWrote(at);
        quote.accept(by, at);
        List<QuoteLine> lines = requests.lines(List.of(quote));
        accepted.fire(new AdvisorQuoteAccepted(
                binding.require(),
                quote.id(),
                request.number().formatted(),
                lines.stream()
                        .map(l -> new AdvisorQuoteAccepted.Line(l.product().name(), l.quantity(), l.note()))
                        .toList(),
                by,
                at));
        notices.toAdvisor(
                request, lookup.tenantName(), "Cotización aceptada en", "La cotización fue aceptada por " + by + ".");
        return CommercialPresenter.whole(lookup.parts(request), english);
    }

    private static String shortened(String id) {
        return id == null ? "" : id.length() > 36 ? id.substring(0, 36) : id;
    }
}
