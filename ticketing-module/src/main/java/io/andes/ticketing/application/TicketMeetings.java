package io.andes.ticketing.application;

import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.api.VisitViews;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketRepository;
import io.andes.ticketing.domain.visit.MeetingLink;
import io.andes.ticketing.domain.visit.TicketMeeting;
import io.andes.ticketing.domain.visit.VisitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Online meetings on a ticket: agents arrange them (the requester is mailed), the tenant's people see them. */
@ApplicationScoped
public class TicketMeetings {

    @Inject
    StaffTenantAccess staff;

    @Inject
    TicketRepository tickets;

    @Inject
    VisitRepository visits;

    @Inject
    TicketNotices notices;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    public VisitViews.Meeting schedule(
            TenantId tenant, String number, Instant startsAt, int minutes, MeetingLink link, String topic) {
        return staff.call(tenant, "meeting.scheduled", number, "reunión del ticket", () -> {
            Ticket ticket = TicketLookup.beingWorkedOn(tickets, number);
            TicketMeeting meeting = new TicketMeeting(
                    ticket, startsAt, minutes, link, topic, caller.get().username(), clock.instant());
            visits.add(meeting);
            ticket.touched(clock.instant());
            notices.meetingScheduled(ticket, meeting);
            return VisitPresenter.meeting(ticket, meeting);
        });
    }

    public List<VisitViews.Meeting> forStaff(TenantId tenant, String number, String reason) {
        return staff.call(tenant, "meeting.read", number, reason, () -> list(number));
    }

    @Transactional
    public List<VisitViews.Meeting> forTenant(String number) {
        return list(number);
    }

    private List<VisitViews.Meeting> list(String number) {
        Ticket ticket = TicketLookup.existing(tickets, number);
        return visits.meetings(ticket).stream()
                .map(m -> VisitPresenter.meeting(ticket, m))
                .toList();
    }
}
