package io.andes.ticketing.domain.visit;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.ticket.TicketContent;

/**
 * What support checked remotely before sending a technician: the equipment is on, it was restarted, and what the
 * remote attempt gave. All three are required: a visit is the next step only once they are done.
 */
public record RemoteChecklist(boolean equipmentOn, boolean restarted, String remoteResult) {

    public static final int RESULT_MAX = 2_000;

    public RemoteChecklist {
        if (!equipmentOn) {
            throw unchecked("equipmentOn", "el equipo encendido", "the equipment is on");
        }
        if (!restarted) {
            throw unchecked("restarted", "el reinicio del equipo", "the equipment was restarted");
        }
        remoteResult = TicketContent.required(
                "remoteResult", remoteResult, RESULT_MAX, "el resultado de la revisión remota", "the remote result");
    }

    private static ProblemException unchecked(String field, String spanish, String english) {
        return ProblemException.invalidField(
                field,
                "debe confirmarse antes de agendar una visita",
                "Antes de agendar una visita confirme " + spanish + " (revisión remota).",
                "Before scheduling a visit, confirm " + english + " (remote checklist).");
    }
}
