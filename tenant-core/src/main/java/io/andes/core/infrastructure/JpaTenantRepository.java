package io.andes.core.infrastructure;

import io.andes.core.domain.tenant.TaxId;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.tenant.TenantRepository;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
class JpaTenantRepository implements TenantRepository {

    private static final String MATCHING =
            " FROM Tenant t WHERE LOWER(t.id) LIKE :text OR LOWER(t.legalName) LIKE :text"
                    + " OR LOWER(t.taxId) LIKE :taxId";

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em().find(Tenant.class, id.value()));
    }

    @Override
    public List<Tenant> findAll(Collection<TenantId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em().createQuery("SELECT t FROM Tenant t WHERE t.id IN :ids", Tenant.class)
                .setParameter("ids", ids.stream().map(TenantId::value).toList())
                .getResultList();
    }

    @Override
    public boolean existsTaxId(TaxId taxId) {
        return !em().createQuery("SELECT t.id FROM Tenant t WHERE t.country = :country AND t.taxId = :taxId")
                .setParameter("country", taxId.country())
                .setParameter("taxId", taxId.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(Tenant tenant) {
        em().persist(tenant);
        // No JPA association ties tenant-owned rows to the tenant, so write it first for their foreign keys.
        em().flush();
    }

    @Override
    public List<Tenant> search(String text, int offset, int limit) {
        return em().createQuery("SELECT t" + MATCHING + " ORDER BY t.id", Tenant.class)
                .setParameter("text", pattern(text))
                .setParameter("taxId", pattern(compactTaxId(text)))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(String text) {
        return em().createQuery("SELECT COUNT(t)" + MATCHING, Long.class)
                .setParameter("text", pattern(text))
                .setParameter("taxId", pattern(compactTaxId(text)))
                .getSingleResult();
    }

    /** Tax ids are kept without thousands separators or spaces ({@code 76086428-5}); people type them with dots. */
    private static String compactTaxId(String text) {
        return text == null ? null : text.replace(".", "").replace(" ", "");
    }

    private static String pattern(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private EntityManager em() {
        return entityManagers.platform();
    }
}
