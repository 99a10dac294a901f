package io.andes.billing.invoice.infrastructure;

import io.andes.billing.invoice.domain.BillingProfile;
import io.andes.billing.invoice.domain.BillingProfileRepository;
import io.andes.core.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

@ApplicationScoped
class JpaBillingProfileRepository implements BillingProfileRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public Optional<BillingProfile> find() {
        return Optional.ofNullable(entityManagers.get().find(BillingProfile.class, BillingProfile.ID));
    }

    @Override
    public void add(BillingProfile profile) {
        entityManagers.get().persist(profile);
    }
}
