package io.andes.ticketing.domain.visit;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.ticket.TicketContent;
import java.time.Instant;

/** When, who and where: the scheduled date-time, the technician (1–120 characters) and the address (1–300). */
public record VisitPlan(Instant scheduledAt, String technician, String address) {

    public VisitPlan {
        if (scheduledAt == null) {
            throw ProblemException.invalidField(
                    "scheduledAt", "es obligatoria", "Falta la fecha de la visita.", "The visit date is missing.");
        }
        technician = TicketContent.required("technician", technician, 120, "el técnico", "the technician");
        address = TicketContent.required("address", address, 300, "la dirección", "the address");
    }
}
