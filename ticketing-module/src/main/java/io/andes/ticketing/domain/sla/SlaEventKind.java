package io.andes.ticketing.domain.sla;

/** What happened to a ticket's SLA; kept per ticket so that staff can see how its targets moved. */
public enum SlaEventKind {
    /** The ticket was opened under its tier's policy (or its targets changed with its priority). */
    TARGETS_SET,
    /** The ticket waits on the customer: the resolution clock stops and its due instant moves. */
    PAUSED,
    /** The customer answered: the resolution clock runs again. */
    RESUMED,
    FIRST_RESPONSE_MET,
    FIRST_RESPONSE_BREACHED,
    RESOLUTION_MET,
    RESOLUTION_BREACHED,
    /** A breach was reported to the escalation address. */
    ESCALATED;

    public static SlaEventKind met(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? FIRST_RESPONSE_MET : RESOLUTION_MET;
    }

    public static SlaEventKind breached(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? FIRST_RESPONSE_BREACHED : RESOLUTION_BREACHED;
    }
}
