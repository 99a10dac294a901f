package io.andes.billing.advisor.domain;

/**
 * A filter of the advisors' inbox: the requests of {@code advisor}'s tenants (every tenant's when it is null, for
 * platform admins), optionally of one status and of one tenant.
 */
public record InboxQuery(String advisor, CommercialStatus status, String tenant) {}
