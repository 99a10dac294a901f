package io.andes.core.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox. Queuing and the staff's reads work on the bound tenant's messages; only the dispatcher's two methods
 * name the tenant themselves, taken from the rows they claim.
 */
public interface OutboxRepository {

    /** Adds a message of the bound tenant in the caller's transaction. */
    void add(OutboxMessage message);

    Optional<OutboxMessage> find(String id);

    /** The bound tenant's messages, newest first. */
    List<OutboxMessage> page(int offset, int limit);

    long count();

    /**
     * Across all tenants: up to {@code limit} PENDING messages due at {@code now} that no other dispatcher holds,
     * claimed until {@code lease}. Rows another dispatcher is claiming are skipped, not waited for.
     */
    List<ClaimedMessage> claimDue(Instant now, Instant lease, int limit);

    /** The claimed message, locked until the transaction ends, read as its own tenant's. */
    Optional<OutboxMessage> lockForDelivery(ClaimedMessage claim);
}
