package io.andes.admin;

import static io.andes.core.security.Roles.PLATFORM_ADMIN;
import static io.andes.core.security.Roles.SUPPORT_AGENT;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.TenantId;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.TenantFormats;
import io.andes.ticketing.api.VisitViews;
import io.andes.ticketing.application.ServiceVisits;
import io.andes.ticketing.application.TicketMeetings;
import io.andes.ticketing.domain.visit.MeetingLink;
import io.andes.ticketing.domain.visit.RemoteChecklist;
import io.andes.ticketing.domain.visit.VisitPlan;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The service visits and meetings of one tenant's ticket in the console ({@code _ticket-visits.xhtml}, given the
 * tenant code and ticket number): schedule a visit after the remote checklist, record its outcome, arrange a meeting.
 * Dates are typed and shown in the tenant's time zone. Every read and change is an audited staff access.
 */
@Named("ticketVisits")
@ViewScoped
public class TicketVisitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> AGENTS = Set.of(SUPPORT_AGENT, PLATFORM_ADMIN);

    @Inject
    ServiceVisits visits;

    @Inject
    TicketMeetings meetings;

    @Inject
    TenantDirectory tenants;

    @Inject
    LanguageSelection language;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    ConsoleMessages messages;

    private final VisitForms.Visit visit = new VisitForms.Visit();
    private final VisitForms.Outcome outcome = new VisitForms.Outcome();
    private final VisitForms.Meeting meeting = new VisitForms.Meeting();
    private transient List<VisitViews.Visit> visitList;
    private transient List<VisitViews.Meeting> meetingList;

    public List<VisitViews.Visit> visits(String code, String number) {
        if (visitList == null) {
            visitList = read(() -> visits.forStaff(tenant(code), number, TenantDetailView.READ_REASON));
        }
        return visitList;
    }

    public List<VisitViews.Meeting> meetings(String code, String number) {
        if (meetingList == null) {
            meetingList = read(() -> meetings.forStaff(tenant(code), number, TenantDetailView.READ_REASON));
        }
        return meetingList;
    }

    public void scheduleVisit(String code, String number) {
        act(() -> {
            VisitViews.Visit done = visits.schedule(
                    tenant(code),
                    number,
                    new RemoteChecklist(visit.isEquipmentOn(), visit.isRestarted(), visit.getRemoteResult()),
                    new VisitPlan(instant(code, visit.getScheduledAt()), visit.getTechnician(), visit.getAddress()));
            messages.info("visits.scheduled", done.folio());
        });
    }

    public void recordOutcome(String code, String number) {
        act(() -> {
            VisitViews.Visit done =
                    visits.recordOutcome(tenant(code), number, outcome.getFolio(), outcome.isDone(), outcome.getText());
            messages.info("visits.outcomeRecorded", done.folio());
        });
    }

    public void scheduleMeeting(String code, String number) {
        act(() -> {
            meetings.schedule(
                    tenant(code),
                    number,
                    instant(code, meeting.getStartsAt()),
                    meeting.getDurationMinutes(),
                    MeetingLink.parse(meeting.getLink()),
                    meeting.getTopic());
            messages.info("meetings.scheduled", number);
        });
    }

    /** An instant as the tenant's clock showed it, in the console's language. */
    public String dateTime(String code, Instant at) {
        return summary(code)
                .map(t -> TenantFormats.of(language, t.country(), t.zone()).dateTime(at))
                .orElse("");
    }

    public boolean isAgent() {
        return user.get().hasAnyRole(AGENTS);
    }

    private Instant instant(String code, LocalDateTime typed) {
        return typed == null
                ? null
                : typed.atZone(summary(code).orElseThrow(() -> unknown(code)).zone())
                        .toInstant();
    }

    private Optional<TenantSummary> summary(String code) {
        return TenantId.isValid(code) ? tenants.find(new TenantId(code)) : Optional.empty();
    }

    private TenantId tenant(String code) {
        if (!TenantId.isValid(code)) {
            throw unknown(code);
        }
        return new TenantId(code);
    }

    private static ProblemException unknown(String code) {
        return ProblemException.notFound("el cliente " + code, "Tenant " + code);
    }

    private <T> List<T> read(Supplier<List<T>> reading) {
        try {
            return isAgent() ? reading.get() : List.of();
        } catch (ProblemException problem) {
            messages.problem(problem);
            return List.of();
        }
    }

    private void act(Runnable change) {
        try {
            if (!isAgent()) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Solo soporte agenda visitas y reuniones.",
                        "Only support schedules visits and meetings.");
            }
            change.run();
            visitList = null;
            meetingList = null;
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public VisitForms.Visit getVisit() {
        return visit;
    }

    public VisitForms.Outcome getOutcome() {
        return outcome;
    }

    public VisitForms.Meeting getMeeting() {
        return meeting;
    }
}
