package io.andes.ticketing.domain.ticket;

/** Who opened a ticket: the signed-in user's id and the name shown to agents. */
public record Requester(String id, String name) {}
