package io.andes.ticketing.application;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.TenantBinding;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.catalog.FieldValue;
import io.andes.ticketing.domain.catalog.TicketCategory;
import io.andes.ticketing.domain.ticket.ReopenPolicy;
import io.andes.ticketing.domain.ticket.ReopenReason;
import io.andes.ticketing.domain.ticket.Requester;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketContent;
import io.andes.ticketing.domain.ticket.TicketMessage;
import io.andes.ticketing.domain.ticket.TicketQuery;
import io.andes.ticketing.domain.ticket.TicketRepository;
import io.andes.ticketing.domain.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a tenant's users do with their tickets: open one (after a look for likely duplicates), follow the history, add
 * information, close it when solved, reopen it within the window. One transaction per use case, always within the
 * caller's tenant.
 */
@ApplicationScoped
public class TicketUseCases {

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogUseCases catalog;

    @Inject
    TicketPresenter presenter;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    TicketOpening opening;

    @Inject
    SlaTracker sla;

    @Inject
    TenantBinding binding;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    /**
     * Opens a ticket with the values of its category's fields; with {@code continues} it is linked to an earlier,
     * finished ticket of the same company — the way on once that one can no longer be reopened.
     */
    @Transactional
    public TicketViews.Ticket open(
            String serviceCode,
            Long categoryId,
            TicketContent content,
            Map<String, ?> fields,
            String continues,
            boolean english) {
        TicketCategory category = catalog.openableCategory(serviceCode, categoryId);
        List<FieldValue> values = catalog.acceptedFields(category, fields);
        Ticket earlier = continues == null || continues.isBlank() ? null : finishedEarlier(continues);
        CurrentUser user = caller.get();
        Ticket ticket =
                opening.open(category, content, values, new Requester(user.subject(), user.username()), now(), null);
        if (earlier != null) {
            ticket.continues(earlier.number());
        }
        return presenter.opened(ticket, values, english);
    }

    /**
     * Before a ticket is opened: the company's open tickets in the chosen category or with a very similar subject, so
     * the requester can add to one of them instead of opening another. Either may be left out, not both.
     */
    @Transactional
    public List<TicketViews.SimilarTicket> similarOpen(Long categoryId, String subject) {
        String typed = subject == null ? "" : subject.strip();
        if (typed.length() > TicketContent.SUBJECT_MAX) {
            throw ProblemException.invalidField(
                    "subject",
                    "admite hasta " + TicketContent.SUBJECT_MAX + " caracteres",
                    "El asunto admite hasta " + TicketContent.SUBJECT_MAX + " caracteres.",
                    "The subject takes up to " + TicketContent.SUBJECT_MAX + " characters.");
        }
        if (categoryId == null && typed.isEmpty()) {
            throw ProblemException.invalidField(
                    "subject",
                    "indique la categoría, el asunto o ambos",
                    "Indique la categoría, el asunto o ambos para buscar tickets abiertos parecidos.",
                    "Give the category, the subject or both to look for similar open tickets.");
        }
        Long category =
                categoryId == null ? null : catalog.existingCategory(categoryId).id();
        return duplicates.similarOpen(category, typed);
    }

    @Transactional
    public Page<TicketViews.TicketSummary> history(TicketQuery query, PageRequest page, boolean english) {
        return new Page<>(
                tickets.search(query, page.offset(), page.size()).stream()
                        .map(t -> presenter.summary(t, english))
                        .toList(),
                page.page(),
                page.size(),
                tickets.count(query));
    }

    @Transactional
    public TicketViews.Ticket view(String number, boolean english) {
        return presenter.whole(existing(number), false, english);
    }

    @Transactional
    public TicketViews.Message reply(String number, String body) {
        Ticket ticket = existing(number);
        if (ticket.status() == TicketStatus.CERRADO) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "El ticket está cerrado; reábralo o abra uno nuevo para seguir.",
                    "The ticket is closed; reopen it or open a new one to continue.");
        }
        Instant at = now();
        TicketMessage message = TicketMessage.fromRequester(ticket, caller.get().username(), body, at);
        tickets.add(message);
        if (ticket.isOpen()) {
            sla.record(ticket, ticket.requesterReplied(binding.require(), at));
        } else {
            ticket.touched(at);
        }
        return TicketPresenter.message(message);
    }

    @Transactional
    public TicketViews.Ticket close(String number, boolean english) {
        Ticket ticket = existing(number);
        sla.record(ticket, ticket.close(binding.require(), now()));
        return presenter.whole(ticket, false, english);
    }

    @Transactional
    public TicketViews.Ticket reopen(String number, String reason, boolean english) {
        Ticket ticket = existing(number);
        ReopenReason why = new ReopenReason(reason);
        sla.record(ticket, ticket.reopen(binding.require(), why, ReopenPolicy.standard(), now()));
        tickets.add(TicketMessage.fromRequester(ticket, caller.get().username(), why.value(), now()));
        return presenter.whole(ticket, false, english);
    }

    /** The earlier ticket a new one continues: one of the company's, and no longer being worked on. */
    private Ticket finishedEarlier(String number) {
        Ticket earlier;
        try {
            earlier = existing(number);
        } catch (ProblemException notFound) {
            throw ProblemException.invalidField(
                    "continues",
                    "no es un ticket de su empresa",
                    "El ticket " + number + " que quiere continuar no existe.",
                    "Ticket " + number + ", which you want to continue, does not exist.");
        }
        if (earlier.isOpen()) {
            throw ProblemException.invalidField(
                    "continues",
                    "el ticket sigue abierto",
                    "El ticket " + number + " sigue abierto: responda en él en lugar de abrir otro.",
                    "Ticket " + number + " is still open: reply there instead of opening another one.");
        }
        return earlier;
    }

    Ticket existing(String number) {
        return TicketLookup.existing(tickets, number);
    }

    private Instant now() {
        return clock.instant();
    }
}
