package io.andes.core.domain.entitlement;

import io.andes.core.api.EntitlementType;
import java.util.List;
import java.util.Optional;

/** The bound tenant's quotas and their ledger. Every method sees the bound tenant's rows only. */
public interface EntitlementRepository {

    List<Entitlement> all();

    Optional<Entitlement> find(EntitlementType type);

    /** The quota, locked until the transaction ends so that concurrent consumers queue instead of overspending. */
    Optional<Entitlement> lock(EntitlementType type);

    void add(Entitlement entitlement);

    /** Records a movement; a second movement with the same idempotency key fails with {@link DuplicateKeyException}. */
    void record(EntitlementMovement movement);

    Optional<EntitlementMovement> movement(String id);

    Optional<EntitlementMovement> movementByKey(IdempotencyKey key);

    List<EntitlementMovement> movements(Optional<EntitlementType> type, int offset, int limit);

    long countMovements(Optional<EntitlementType> type);
}
