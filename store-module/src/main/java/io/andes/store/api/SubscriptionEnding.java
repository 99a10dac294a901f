package io.andes.store.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The store's side of a cancellation: the bound tenant's subscription as it stands (its prepaid period and the charges
 * still pending) and its end, after which it is never renewed again. In the caller's transaction.
 */
public interface SubscriptionEnding {

    /** The subscription and every pending charge, changing nothing. */
    Ending standing();

    /**
     * Locks the subscription, marks every pending charge invoiced (the settlement invoices them) and ends it on
     * {@code effective}; 409 when it had ended already.
     */
    Ending end(LocalDate effective);

    /** The stored period (prepaid by its renewal invoice), the tax of the tenant's country, the pending charges. */
    record Ending(
            String subscriptionId,
            String currency,
            String country,
            BigDecimal taxPercent,
            LocalDate periodStart,
            LocalDate periodEnd,
            boolean ended,
            List<Renewal.Charge> pendingCharges) {

        public Ending {
            pendingCharges = List.copyOf(pendingCharges);
        }
    }
}
