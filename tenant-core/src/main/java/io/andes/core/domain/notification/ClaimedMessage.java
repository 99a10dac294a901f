package io.andes.core.domain.notification;

import io.andes.core.tenancy.TenantId;
import java.time.Instant;

/**
 * A due message taken by one dispatcher: whose it is, its id, and until when the claim holds. While the claim holds,
 * the message's next attempt is the lease instant, so no other dispatcher picks it up; the instant also proves, when
 * the message is delivered, that the claim is still this dispatcher's.
 */
public record ClaimedMessage(TenantId tenant, String id, Instant lease) {}
