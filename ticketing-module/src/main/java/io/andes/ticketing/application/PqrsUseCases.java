package io.andes.ticketing.application;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.security.CurrentUser;
import io.andes.ticketing.api.PqrsViews;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import io.andes.ticketing.domain.pqrs.PqrsCase;
import io.andes.ticketing.domain.pqrs.PqrsKind;
import io.andes.ticketing.domain.pqrs.PqrsMessage;
import io.andes.ticketing.domain.pqrs.PqrsRepository;
import io.andes.ticketing.domain.ticket.Requester;
import io.andes.ticketing.domain.ticket.TicketContent;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What a tenant's users do in the PQRS box: file a petition, complaint, claim or suggestion (numbered per year, due
 * in the configured business days of the tenant's country, acknowledged by mail with a copy to senior management),
 * follow their filings and add to one until it is closed. One transaction per use case, within the caller's tenant.
 */
@ApplicationScoped
public class PqrsUseCases {

    @Inject
    PqrsRepository cases;

    @Inject
    TicketRepository counters;

    @Inject
    TenantCalendars calendars;

    @Inject
    PqrsTerms terms;

    @Inject
    PqrsNotices notices;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    @Transactional
    public PqrsViews.Pqrs file(String kind, String subject, String description, boolean english) {
        PqrsKind parsedKind = PqrsKind.parse(kind);
        TicketContent content = new TicketContent(subject, description, null);
        BusinessCalendar calendar = calendars.current();
        Instant at = clock.instant();
        LocalDate filed = LocalDate.ofInstant(at, calendar.zone());
        CurrentUser user = caller.get();
        PqrsCase pqrs = new PqrsCase(
                counters.nextPqrsNumber(filed.getYear()),
                parsedKind,
                content,
                new Requester(user.subject(), user.username()),
                at,
                terms.current().responseDue(filed, calendar));
        cases.add(pqrs);
        notices.filed(pqrs, calendars.tenant().legalName());
        return PqrsPresenter.whole(pqrs, List.of(), english);
    }

    /** The kinds a filing can have, for forms. */
    public List<PqrsViews.Kind> kinds(boolean english) {
        return Arrays.stream(PqrsKind.values())
                .map(k -> new PqrsViews.Kind(k.name(), k.label(english)))
                .toList();
    }

    @Transactional
    public Page<PqrsViews.PqrsSummary> list(PageRequest page, boolean english) {
        return new Page<>(
                cases.list(page.offset(), page.size()).stream()
                        .map(c -> PqrsPresenter.summary(c, english))
                        .toList(),
                page.page(),
                page.size(),
                cases.count());
    }

    @Transactional
    public PqrsViews.Pqrs view(String number, boolean english) {
        PqrsCase pqrs = PqrsLookup.existing(cases, number);
        return PqrsPresenter.whole(pqrs, cases.messages(pqrs), english);
    }

    /** The requester adds to their filing; a closed one is a 409 and nothing is stored. */
    @Transactional
    public PqrsViews.Message reply(String number, String body) {
        PqrsCase pqrs = PqrsLookup.existing(cases, number);
        Instant at = clock.instant();
        PqrsMessage message =
                new PqrsMessage(pqrs, PqrsMessage.REQUESTER, caller.get().username(), body, at);
        pqrs.requesterReplied(at);
        cases.add(message);
        return PqrsPresenter.message(message);
    }
}
