package io.andes.ticketing.application;

import io.andes.ticketing.api.PqrsViews;
import io.andes.ticketing.domain.pqrs.PqrsCase;
import io.andes.ticketing.domain.pqrs.PqrsMessage;
import java.util.List;

/** Turns stored PQRS filings into their views. */
final class PqrsPresenter {

    private PqrsPresenter() {}

    static PqrsViews.Pqrs whole(PqrsCase pqrs, List<PqrsMessage> messages, boolean english) {
        return new PqrsViews.Pqrs(
                pqrs.number().formatted(),
                pqrs.kind().name(),
                pqrs.kind().label(english),
                pqrs.status().name(),
                pqrs.status().label(english),
                pqrs.subject(),
                pqrs.description(),
                pqrs.requesterName(),
                pqrs.filedAt(),
                pqrs.dueDate(),
                pqrs.respondedAt(),
                pqrs.closedAt(),
                messages.stream().map(PqrsPresenter::message).toList());
    }

    static PqrsViews.PqrsSummary summary(PqrsCase pqrs, boolean english) {
        return new PqrsViews.PqrsSummary(
                pqrs.number().formatted(),
                pqrs.kind().name(),
                pqrs.kind().label(english),
                pqrs.status().name(),
                pqrs.status().label(english),
                pqrs.subject(),
                pqrs.filedAt(),
                pqrs.dueDate());
    }

    static PqrsViews.Message message(PqrsMessage message) {
        return new PqrsViews.Message(
                message.id(), message.authorName(), message.authorKind(), message.body(), message.createdAt());
    }
}
