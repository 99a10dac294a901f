package io.andes.ticketing.infrastructure;

import io.andes.core.tenancy.TenantEntityManager;
import io.andes.ticketing.domain.catalog.SupportService;
import io.andes.ticketing.domain.catalog.TicketCatalog;
import io.andes.ticketing.domain.catalog.TicketCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The catalog is the vendor's, not a tenant's: read through the platform entity manager. */
@ApplicationScoped
class JpaTicketCatalog implements TicketCatalog {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public List<SupportService> services() {
        return em().createQuery(
                        "SELECT s FROM SupportService s WHERE s.active = TRUE ORDER BY s.sortOrder, s.code",
                        SupportService.class)
                .getResultList();
    }

    @Override
    public List<TicketCategory> categories() {
        return em().createQuery(
                        "SELECT c FROM TicketCategory c WHERE c.active = TRUE"
                                + " ORDER BY c.serviceCode, c.sortOrder, c.id",
                        TicketCategory.class)
                .getResultList();
    }

    @Override
    public Optional<TicketCategory> category(long id) {
        return Optional.ofNullable(em().find(TicketCategory.class, id)).filter(TicketCategory::active);
    }

    @Override
    public Optional<SupportService> service(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(em().find(SupportService.class, code)).filter(SupportService::active);
    }

    @Override
    public boolean hasChildren(long id) {
        return em().createQuery(
                                "SELECT COUNT(c) FROM TicketCategory c WHERE c.parentId = :id AND c.active = TRUE",
                                Long.class)
                        .setParameter("id", id)
                        .getSingleResult()
                > 0;
    }

    private EntityManager em() {
        return entityManagers.platform();
    }
}
