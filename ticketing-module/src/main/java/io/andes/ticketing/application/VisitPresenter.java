package io.andes.ticketing.application;

import io.andes.ticketing.api.VisitViews;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.visit.ServiceVisit;
import io.andes.ticketing.domain.visit.TicketMeeting;

/** Turns stored visits and meetings into their views. */
final class VisitPresenter {

    private VisitPresenter() {}

    static VisitViews.Visit visit(Ticket ticket, ServiceVisit visit) {
        var checklist = visit.checklist();
        var plan = visit.plan();
        return new VisitViews.Visit(
                visit.folio().formatted(),
                ticket.number().formatted(),
                visit.status().name(),
                plan.scheduledAt(),
                plan.technician(),
                plan.address(),
                checklist.equipmentOn(),
                checklist.restarted(),
                checklist.remoteResult(),
                visit.outcome(),
                visit.completedAt(),
                visit.createdAt());
    }

    static VisitViews.Meeting meeting(Ticket ticket, TicketMeeting meeting) {
        return new VisitViews.Meeting(
                meeting.id(),
                ticket.number().formatted(),
                meeting.startsAt(),
                meeting.durationMinutes(),
                meeting.link(),
                meeting.topic());
    }
}
