package io.andes.billing.advisor.infrastructure;

import io.andes.billing.advisor.domain.AdvisorDirectory;
import io.andes.billing.advisor.domain.AdvisorProfile;
import io.andes.billing.advisor.domain.TenantAdvisor;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Platform-wide rows (no tenant discriminator): read and written through the platform entity manager. */
@ApplicationScoped
class JpaAdvisorDirectory implements AdvisorDirectory {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public Optional<AdvisorProfile> profile(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em().find(AdvisorProfile.class, username));
    }

    @Override
    public void add(AdvisorProfile profile) {
        em().persist(profile);
    }

    @Override
    public List<AdvisorProfile> profiles() {
        return em().createQuery(
                        "SELECT p FROM AdvisorProfile p ORDER BY p.displayName, p.username", AdvisorProfile.class)
                .getResultList();
    }

    @Override
    public Optional<TenantAdvisor> assignment(TenantId tenant) {
        return Optional.ofNullable(em().find(TenantAdvisor.class, tenant.value()));
    }

    @Override
    public void add(TenantAdvisor assignment) {
        em().persist(assignment);
    }

    @Override
    public List<TenantAdvisor> assignments(String advisor) {
        if (advisor == null) {
            return em().createQuery("SELECT a FROM TenantAdvisor a ORDER BY a.tenantId", TenantAdvisor.class)
                    .getResultList();
        }
        return em().createQuery(
                        "SELECT a FROM TenantAdvisor a WHERE a.advisorUsername = :advisor ORDER BY a.tenantId",
                        TenantAdvisor.class)
                .setParameter("advisor", advisor)
                .getResultList();
    }

    private EntityManager em() {
        return entityManagers.platform();
    }
}
