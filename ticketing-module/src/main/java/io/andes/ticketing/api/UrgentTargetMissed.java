package io.andes.ticketing.api;

import io.andes.core.tenancy.TenantId;
import java.time.Instant;

/**
 * Fired (synchronously, in the escalation's transaction, the ticket's tenant bound) when an urgent ticket goes past an
 * SLA target: once per ticket and target, as the breach is noted. Billing proposes a credit when the urgency was paid.
 */
public record UrgentTargetMissed(TenantId tenant, String ticketNumber, String target, Instant due) {}
