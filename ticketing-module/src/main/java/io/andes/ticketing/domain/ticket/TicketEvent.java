package io.andes.ticketing.domain.ticket;

import static io.andes.ticketing.domain.ticket.TicketStatus.ABIERTO;
import static io.andes.ticketing.domain.ticket.TicketStatus.CERRADO;
import static io.andes.ticketing.domain.ticket.TicketStatus.EN_ESPERA_CLIENTE;
import static io.andes.ticketing.domain.ticket.TicketStatus.NUEVO;
import static io.andes.ticketing.domain.ticket.TicketStatus.RESUELTO;

import java.util.Map;
import java.util.Optional;

/**
 * What can happen to a ticket, and the status each event leads to from each status: the whole state machine in
 * one table. A status missing from an event's table refuses that event. Replies that do not change who must act
 * next (an agent writing again while waiting on the customer) keep the status.
 */
public enum TicketEvent {
    AGENT_REPLIED(
            "responder como agente",
            "answer as an agent",
            Map.of(NUEVO, ABIERTO, ABIERTO, ABIERTO, EN_ESPERA_CLIENTE, EN_ESPERA_CLIENTE)),
    AGENT_ASKED_CUSTOMER(
            "pedir información al cliente",
            "ask the customer for information",
            Map.of(NUEVO, EN_ESPERA_CLIENTE, ABIERTO, EN_ESPERA_CLIENTE, EN_ESPERA_CLIENTE, EN_ESPERA_CLIENTE)),
    CUSTOMER_REPLIED(
            "responder como cliente",
            "reply as the customer",
            Map.of(NUEVO, NUEVO, ABIERTO, ABIERTO, EN_ESPERA_CLIENTE, ABIERTO)),
    RESOLVED("resolver", "resolve", Map.of(NUEVO, RESUELTO, ABIERTO, RESUELTO, EN_ESPERA_CLIENTE, RESUELTO)),
    REQUESTER_CLOSED(
            "cerrar", "close", Map.of(NUEVO, CERRADO, ABIERTO, CERRADO, EN_ESPERA_CLIENTE, CERRADO, RESUELTO, CERRADO)),
    AUTO_CLOSED("cerrar automáticamente", "close automatically", Map.of(RESUELTO, CERRADO)),
    REOPENED("reabrir", "reopen", Map.of(RESUELTO, ABIERTO, CERRADO, ABIERTO)),
    MERGED(
            "fusionar",
            "merge",
            Map.of(NUEVO, CERRADO, ABIERTO, CERRADO, EN_ESPERA_CLIENTE, CERRADO, RESUELTO, CERRADO));

    private final String spanishAction;
    private final String englishAction;
    private final Map<TicketStatus, TicketStatus> transitions;

    TicketEvent(String spanishAction, String englishAction, Map<TicketStatus, TicketStatus> transitions) {
        this.spanishAction = spanishAction;
        this.englishAction = englishAction;
        this.transitions = transitions;
    }

    /** The status after this event, or empty when the event is not allowed from {@code from}. */
    public Optional<TicketStatus> next(TicketStatus from) {
        return Optional.ofNullable(transitions.get(from));
    }

    /** The action as a short infinitive, to name it in a refusal ("reabrir", "reopen"). */
    public String action(boolean english) {
        return english ? englishAction : spanishAction;
    }
}
