package io.andes.core.infrastructure;

import io.andes.core.domain.tenant.Plan;
import io.andes.core.domain.tenant.PlanRepository;
import io.andes.core.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaPlanRepository implements PlanRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public Optional<Plan> find(String code) {
        return Optional.ofNullable(code).map(c -> entityManagers.platform().find(Plan.class, c));
    }

    @Override
    public List<Plan> all() {
        return entityManagers
                .platform()
                .createQuery("SELECT p FROM Plan p ORDER BY p.code", Plan.class)
                .getResultList();
    }
}
