package io.andes.ticketing.domain.sla;

/** Whether an SLA clock is counting at a given instant. */
public enum SlaPhase {
    /** The vendor must act: business time counts. */
    RUNNING,
    /** The ticket waits on the customer: time does not count and the due instant moves later. */
    PAUSED,
    /** The target's work is done (first answer given, ticket solved or closed): the measurement is final. */
    STOPPED
}
