package io.andes.core.domain.tenant;

/** Lifecycle of a tenant: only an ACTIVE tenant's people may use the platform. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED,
    CANCELLED
}
