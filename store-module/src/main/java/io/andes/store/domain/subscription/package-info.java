/**
 * Each tenant's one subscription: its plan, billing period, currency and current period in the tenant's time zone,
 * and the add-on quantities active now and from the next renewal.
 */
package io.andes.store.domain.subscription;
