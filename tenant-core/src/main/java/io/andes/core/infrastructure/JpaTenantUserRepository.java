package io.andes.core.infrastructure;

import io.andes.core.api.TenantRole;
import io.andes.core.api.TenantUserView;
import io.andes.core.domain.user.EmailAddress;
import io.andes.core.domain.user.TenantUser;
import io.andes.core.domain.user.TenantUserRepository;
import io.andes.core.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaTenantUserRepository implements TenantUserRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public Optional<TenantUser> find(String id) {
        return Optional.ofNullable(em().find(TenantUser.class, id));
    }

    @Override
    public boolean existsWithEmail(EmailAddress email) {
        return em().createQuery("SELECT COUNT(u) FROM TenantUser u WHERE u.email = :email", Long.class)
                        .setParameter("email", email.value())
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<TenantUser> page(int offset, int limit) {
        return em().createQuery("SELECT u FROM TenantUser u ORDER BY u.status ASC, u.email ASC", TenantUser.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em().createQuery("SELECT COUNT(u) FROM TenantUser u", Long.class).getSingleResult();
    }

    @Override
    public List<TenantUser> active(TenantRole role) {
        return em().createQuery(
                        "SELECT u FROM TenantUser u WHERE u.status = :status AND u.role = :role ORDER BY u.email",
                        TenantUser.class)
                .setParameter("status", TenantUserView.ACTIVE)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public void add(TenantUser user) {
        EntityManager em = em();
        em.persist(user);
        em.flush();
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
