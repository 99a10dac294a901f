package io.andes.portal;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.api.VisitViews;
import io.andes.ticketing.application.ServiceVisits;
import io.andes.ticketing.application.TicketMeetings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The "Servicios" and "Reuniones" tabs of a ticket: its service visits and meetings, dates in the company's zone. */
@Named("ticketServicesView")
@RequestScoped
public class TicketServicesView {

    @Inject
    ServiceVisits visits;

    @Inject
    TicketMeetings meetings;

    private List<VisitViews.Visit> visitList;
    private List<VisitViews.Meeting> meetingList;

    public List<VisitViews.Visit> visits(String number) {
        if (visitList == null) {
            visitList = readOrEmpty(() -> visits.forTenant(number));
        }
        return visitList;
    }

    public List<VisitViews.Meeting> meetings(String number) {
        if (meetingList == null) {
            meetingList = readOrEmpty(() -> meetings.forTenant(number));
        }
        return meetingList;
    }

    /** The ticket page already says when a number is not the company's; the tabs then stay empty. */
    private static <T> List<T> readOrEmpty(java.util.function.Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (ProblemException notFound) {
            return List.of();
        }
    }
}
