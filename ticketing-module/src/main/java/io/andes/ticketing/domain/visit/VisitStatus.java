package io.andes.ticketing.domain.visit;

/** A visit is SCHEDULED until its outcome is recorded: DONE when it took place, CANCELLED when it did not. */
public enum VisitStatus {
    SCHEDULED,
    DONE,
    CANCELLED
}
