package io.andes.ticketing.domain.ticket;

import io.andes.core.problem.ProblemException;

/** Why the requester reopens a ticket, in their words: required, so that the agent knows what still fails. */
public record ReopenReason(String value) {

    public static final int MAX_LENGTH = 1000;

    public ReopenReason {
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw ProblemException.invalidField(
                    "reason",
                    "es obligatorio y tiene como máximo " + MAX_LENGTH + " caracteres",
                    "Para reabrir el ticket indique el motivo (máximo " + MAX_LENGTH + " caracteres).",
                    "To reopen the ticket give a reason (at most " + MAX_LENGTH + " characters).");
        }
    }
}
