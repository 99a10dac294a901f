package io.andes.core.api;

/**
 * Closes the bound tenant when its cancellation is settled: it becomes CANCELLED in the caller's transaction, its people
 * can no longer sign in and its data stay readable by the vendor's staff. A tenant cancelled before is a 409.
 */
public interface TenantClosure {

    void cancel(String reason);
}
