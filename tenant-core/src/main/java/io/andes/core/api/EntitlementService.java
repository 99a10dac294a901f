package io.andes.core.api;

import java.util.List;
import java.util.Optional;

/**
 * The bound tenant's quotas. A consumption takes units atomically and never beyond the limit, however many run at
 * once; consumptions and releases are idempotent by key; changes of the limit are audited.
 */
public interface EntitlementService {

    List<EntitlementView> list();

    EntitlementView get(EntitlementType type);

    MovementReceipt consume(EntitlementType type, int quantity, String idempotencyKey);

    MovementReceipt release(EntitlementType type, int quantity, String idempotencyKey);

    MovementReceipt movement(String id);

    Page<MovementReceipt> movements(Optional<EntitlementType> type, PageRequest page);

    /** Sets the add-on units on top of the plan (the store calls this when add-ons are bought or removed). */
    EntitlementView changeAdditional(EntitlementType type, int additional, String reason);

    /**
     * Raises (positive {@code delta}) or lowers (negative) the add-on units on top of the plan, under the quota's lock
     * and in the caller's transaction when there is one; audited like {@link #changeAdditional}. The limit never drops
     * below what is in use.
     */
    EntitlementView adjustAdditional(EntitlementType type, int delta, String reason);
}
