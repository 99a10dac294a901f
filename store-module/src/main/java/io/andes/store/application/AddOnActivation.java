package io.andes.store.application;

import io.andes.core.api.EntitlementService;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.order.StoreOrder;
import io.andes.store.domain.subscription.SubscribedAddOn;
import io.andes.store.domain.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Raises the subscription's add-on and, for a quota add-on, the tenant's limit at once (audited by the core). */
@ApplicationScoped
class AddOnActivation {

    @Inject
    SubscriptionRepository addOns;

    @Inject
    EntitlementService entitlements;

    void activate(AddOn addOn, int quantity, StoreOrder order, Instant now) {
        SubscribedAddOn held = addOns.addOn(addOn.code()).orElseGet(() -> {
            SubscribedAddOn created = new SubscribedAddOn(addOn, now);
            addOns.add(created);
            return created;
        });
        held.buy(addOn, quantity, now);
        addOn.entitlementType()
                .ifPresent(type -> entitlements.adjustAdditional(
                        type,
                        Math.multiplyExact(quantity, addOn.unitsPerQuantity()),
                        "pedido " + order.number() + ": " + quantity + " × " + addOn.name(false)));
    }
}
