package io.andes.ticketing.interfaces.rest;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.visit.RemoteChecklist;
import io.andes.ticketing.domain.visit.VisitPlan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Request bodies of the visits and meetings API; the domain checks the rules (checklist first, https links). */
public final class VisitRequests {

    private VisitRequests() {}

    /** Dates are ISO-8601 with their offset: {@code 2026-12-03T10:00:00-03:00}. */
    public record ScheduleVisit(
            Boolean equipmentOn,
            Boolean restarted,
            @Size(max = 2_000) String remoteResult,
            @Size(max = 40) String scheduledAt,
            @Size(max = 120) String technician,
            @Size(max = 300) String address) {

        RemoteChecklist checklist() {
            return new RemoteChecklist(Boolean.TRUE.equals(equipmentOn), Boolean.TRUE.equals(restarted), remoteResult);
        }

        VisitPlan plan() {
            return new VisitPlan(instant("scheduledAt", scheduledAt), technician, address);
        }
    }

    /** {@code status} DONE (the default) or CANCELLED. */
    public record Outcome(@NotBlank @Size(max = 4_000) String outcome, @Size(max = 20) String status) {

        boolean done() {
            if (status == null || status.isBlank() || status.strip().equalsIgnoreCase("DONE")) {
                return true;
            }
            if (status.strip().equalsIgnoreCase("CANCELLED")) {
                return false;
            }
            throw ProblemException.invalidField(
                    "status",
                    "debe ser DONE o CANCELLED",
                    "El estado de la visita debe ser DONE o CANCELLED.",
                    "The visit status must be DONE or CANCELLED.");
        }
    }

    public record ScheduleMeeting(
            @Size(max = 40) String startsAt,
            Integer durationMinutes,
            @Size(max = 600) String link,
            @Size(max = 200) String topic) {

        Instant start() {
            return instant("startsAt", startsAt);
        }

        int minutes() {
            return durationMinutes == null ? 0 : durationMinutes;
        }
    }

    static Instant instant(String field, String raw) {
        try {
            return raw == null || raw.isBlank()
                    ? null
                    : OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(
                    field,
                    "debe ser una fecha ISO-8601 con zona, p. ej. 2026-12-03T10:00:00-03:00",
                    "La fecha " + field + " debe ser ISO-8601 con zona, p. ej. 2026-12-03T10:00:00-03:00.",
                    "The date " + field + " must be ISO-8601 with an offset, e.g. 2026-12-03T10:00:00-03:00.");
        }
    }
}
