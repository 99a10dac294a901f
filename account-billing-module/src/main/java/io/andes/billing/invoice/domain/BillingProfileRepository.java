package io.andes.billing.invoice.domain;

import java.util.Optional;

/** The bound tenant's billing profile. */
public interface BillingProfileRepository {

    Optional<BillingProfile> find();

    void add(BillingProfile profile);
}
