package io.andes.billing.advisor.application;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.domain.AdvisorQuote;
import io.andes.billing.advisor.domain.CommercialRequestRepository;
import io.andes.billing.advisor.domain.QuoteLine;
import io.andes.billing.advisor.domain.QuoteProduct;
import io.andes.billing.advisor.domain.ScheduledSession;
import io.andes.billing.advisor.domain.SessionKind;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import io.andes.store.api.PriceSheet;
import io.andes.store.api.StoreCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an advisor offers on a request: a demonstration or training at a date and time of the tenant's wall clock with
 * a meeting link, and quotes of store items (1 to 20 lines) that the tenant admin accepts in one click. A newer quote
 * replaces a pending one. Each is mailed to the request's sender.
 */
@ApplicationScoped
public class AdvisorOffers {

    static final int MAX_LINES = 20;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    @Inject
    AdvisorInbox inbox;

    @Inject
    CommercialRequestRepository requests;

    @Inject
    RequestLookup lookup;

    @Inject
    CommercialNotices notices;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    @Inject
    StaffTenantAccess staff;

    @Inject
    AdvisorAccess access;

    @Inject
    StoreCatalog catalog;

    /**
     * The tenant's prices of the quotable products (keyed by {@link QuoteProduct} name) in its currency, for a quote
     * form's running totals; only for a request the caller reaches.
     */
    public PriceSheet prices(TenantId tenant, String number) {
        Map<String, String> storeCodes = Arrays.stream(QuoteProduct.values())
                .collect(Collectors.toMap(QuoteProduct::name, QuoteProduct::storeCode));
        return staff.call(tenant, "advisor.quote.priced", number, AdvisorInbox.WORK, () -> {
            access.requireReach(tenant, number);
            return catalog.priceSheet().rekeyed(storeCodes);
        });
    }

    /** Schedules the session; {@code localAt} is ISO {@code 2026-12-03T10:00} in the tenant's time zone. */
    public AdvisorViews.Request schedule(
            TenantId tenant, String number, String kind, String localAt, String link, boolean english) {
        SessionKind parsedKind = SessionKind.parse(kind);
        LocalDateTime local = localDateTime(localAt);
        return inbox.act(
                tenant,
                number,
                "advisor.session.scheduled",
                AdvisorInbox.WORK,
                request -> {
                    Instant now = clock.instant();
                    ScheduledSession session = ScheduledSession.of(parsedKind, local, lookup.zone(), link, now);
                    request.schedule(session, now);
                    notices.toRequester(
                            request,
                            parsedKind.label(false) + " agendada:",
                            parsedKind.label(false) + " el " + SHOWN.format(local) + " (hora de "
                                    + lookup.zone().getId() + ").\nEnlace: " + session.link());
                    return request;
                },
                english);
    }

    public AdvisorViews.Request quote(TenantId tenant, String number, QuoteDraft draft, boolean english) {
        if (draft.lines().isEmpty() || draft.lines().size() > MAX_LINES) {
            throw ProblemException.invalidField(
                    "lines",
                    "debe tener de 1 a " + MAX_LINES + " líneas",
                    "La cotización debe tener de 1 a " + MAX_LINES + " líneas.",
                    "The quote must have 1 to " + MAX_LINES + " lines.");
        }
        draft.lines().forEach(line -> QuoteProduct.parse(line.product()));
        return inbox.act(
                tenant,
                number,
                "advisor.quote.attached",
                AdvisorInbox.WORK,
                request -> {
                    Instant at = clock.instant();
                    request.advisorActed(at);
                    requests.quotes(request).forEach(AdvisorQuote::replace);
                    AdvisorQuote quote =
                            new AdvisorQuote(request, draft.note(), caller.get().username(), at);
                    requests.add(quote);
                    int position = 0;
                    for (QuoteDraft.Line line : draft.lines()) {
                        requests.add(new QuoteLine(
                                quote, ++position, QuoteProduct.parse(line.product()), line.quantity(), line.note()));
                    }
                    notices.toRequester(request, "Cotización de su asesor comercial:", describe(draft));
                    return request;
                },
                english);
    }

    /** The store items a quote may hold, for forms. */
    public List<AdvisorViews.Choice> products(boolean english) {
        return Arrays.stream(QuoteProduct.values())
                .map(p -> new AdvisorViews.Choice(p.name(), p.label(english)))
                .toList();
    }

    private static String describe(QuoteDraft draft) {
        String lines = draft.lines().stream()
                .map(l -> "- " + l.quantity() + " × "
                        + QuoteProduct.parse(l.product()).label(false)
                        + (l.note() == null || l.note().isBlank()
                                ? ""
                                : " (" + l.note().strip() + ")"))
                .collect(Collectors.joining("\n"));
        return lines + (draft.note() == null ? "" : "\n\n" + draft.note())
                + "\n\nUn administrador de su empresa puede aceptarla en el portal con un clic.";
    }

    private static LocalDateTime localDateTime(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(
                    "at",
                    "debe tener el formato 2026-12-03T10:00",
                    "La fecha y hora de la sesión debe tener el formato 2026-12-03T10:00.",
                    "The session's date and time must have the format 2026-12-03T10:00.");
        }
    }
}
