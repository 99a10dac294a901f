package io.andes.billing.advisor.domain;

import io.andes.core.tenancy.TenantId;
import java.time.Instant;

/** One line of the advisors' inbox, across tenants. */
public record InboxRow(
        TenantId tenant,
        CommercialNumber number,
        CommercialRequestType type,
        CommercialStatus status,
        String requesterName,
        Instant createdAt,
        Instant updatedAt,
        Instant sessionAt) {}
