package io.andes.core.domain.entitlement;

/** Whether a movement took units from a quota or gave them back. */
public enum MovementKind {
    CONSUMPTION,
    RELEASE
}
