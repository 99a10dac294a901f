package io.andes.billing.advisor.application;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.domain.AdvisorCard;
import io.andes.billing.advisor.domain.AdvisorQuote;
import io.andes.billing.advisor.domain.CommercialMessage;
import io.andes.billing.advisor.domain.CommercialRequest;
import io.andes.billing.advisor.domain.InboxRow;
import io.andes.billing.advisor.domain.QuoteLine;
import io.andes.billing.advisor.domain.ScheduledSession;
import io.andes.core.tenancy.TenantId;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns stored commercial requests into their views. */
final class CommercialPresenter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private CommercialPresenter() {}

    /** What a request holds, read in one go so the view can be built after the transaction. */
    record Parts(
            TenantId tenant,
            ZoneId zone,
            CommercialRequest request,
            List<CommercialMessage> messages,
            List<AdvisorQuote> quotes,
            List<QuoteLine> lines) {}

    static AdvisorViews.Request whole(Parts parts, boolean english) {
        CommercialRequest request = parts.request();
        Map<String, List<QuoteLine>> linesByQuote =
                parts.lines().stream().collect(Collectors.groupingBy(QuoteLine::quoteId));
        return new AdvisorViews.Request(
                parts.tenant().value(),
                request.number().formatted(),
                request.type().name(),
                request.type().label(english),
                request.status().name(),
                request.status().label(english),
                request.message(),
                request.preferredContact(),
                request.requesterName(),
                request.createdAt(),
                request.updatedAt(),
                request.closedAt(),
                session(request.session(), parts.zone(), english),
                parts.messages().stream().map(CommercialPresenter::message).toList(),
                parts.quotes().stream()
                        .map(q -> quote(q, linesByQuote.getOrDefault(q.id(), List.of()), english))
                        .toList());
    }

    static AdvisorViews.RequestSummary summary(TenantId tenant, CommercialRequest request, boolean english) {
        ScheduledSession session = request.session();
        return new AdvisorViews.RequestSummary(
                tenant.value(),
                request.number().formatted(),
                request.type().name(),
                request.type().label(english),
                request.status().name(),
                request.status().label(english),
                request.requesterName(),
                request.createdAt(),
                request.updatedAt(),
                session == null ? null : session.at());
    }

    static AdvisorViews.RequestSummary summary(InboxRow row, boolean english) {
        return new AdvisorViews.RequestSummary(
                row.tenant().value(),
                row.number().formatted(),
                row.type().name(),
                row.type().label(english),
                row.status().name(),
                row.status().label(english),
                row.requesterName(),
                row.createdAt(),
                row.updatedAt(),
                row.sessionAt());
    }

    static AdvisorViews.Message message(CommercialMessage message) {
        return new AdvisorViews.Message(
                message.id(), message.authorName(), message.authorKind(), message.body(), message.createdAt());
    }

    static AdvisorViews.Advisor advisor(String username, AdvisorCard card) {
        return new AdvisorViews.Advisor(username, card.name(), card.email(), card.phone(), card.hours());
    }

    private static AdvisorViews.Session session(ScheduledSession session, ZoneId zone, boolean english) {
        if (session == null) {
            return null;
        }
        return new AdvisorViews.Session(
                session.kind().name(),
                session.kind().label(english),
                session.at(),
                LOCAL.format(LocalDateTime.ofInstant(session.at(), zone)),
                zone.getId(),
                session.link());
    }

    private static AdvisorViews.Quote quote(AdvisorQuote quote, List<QuoteLine> lines, boolean english) {
        return new AdvisorViews.Quote(
                quote.id(),
                quote.status().name(),
                quote.status().label(english),
                quote.note(),
                quote.createdBy(),
                quote.createdAt(),
                quote.acceptedBy(),
                quote.acceptedAt(),
                lines.stream()
                        .map(l -> new AdvisorViews.QuoteLine(
                                l.product().name(),
                                l.product().label(english),
                                l.product().storeCode(),
                                l.quantity(),
                                l.note()))
                        .toList());
    }
}
