package io.andes.ticketing.domain.sla;

/** How a ticket stands against its SLA at one instant, worst first; the console tags tickets with it. */
public enum SlaStanding {
    BREACHED,
    AT_RISK,
    ON_TRACK,
    PAUSED,
    MET
}
