package io.andes.ticketing.infrastructure;

import io.andes.core.tenancy.TenantEntityManager;
import io.andes.ticketing.domain.catalog.CatalogStore;
import io.andes.ticketing.domain.catalog.CategoryField;
import io.andes.ticketing.domain.catalog.SupportQueue;
import io.andes.ticketing.domain.catalog.SupportService;
import io.andes.ticketing.domain.catalog.TicketCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The vendor's catalog through the platform entity manager; every change makes {@link JpaTicketCatalog} reload. */
@ApplicationScoped
class JpaCatalogStore implements CatalogStore {

    @Inject
    TenantEntityManager entityManagers;

    @Inject
    JpaTicketCatalog catalog;

    @Override
    public List<SupportService> services() {
        return em().createQuery("SELECT s FROM SupportService s ORDER BY s.sortOrder, s.code", SupportService.class)
                .getResultList();
    }

    @Override
    public Optional<SupportService> serviceToChange(String code) {
        catalog.changing();
        return Optional.ofNullable(code).map(c -> em().find(SupportService.class, c));
    }

    @Override
    public void add(SupportService service) {
        catalog.changing();
        em().persist(service);
    }

    @Override
    public List<TicketCategory> categories() {
        return em().createQuery(
                        "SELECT c FROM TicketCategory c ORDER BY c.serviceCode, c.sortOrder, c.id",
                        TicketCategory.class)
                .getResultList();
    }

    @Override
    public Optional<TicketCategory> categoryToChange(long id) {
        catalog.changing();
        return Optional.ofNullable(em().find(TicketCategory.class, id));
    }

    @Override
    public long nextCategoryId() {
        // the highest category row is locked, so two administrators adding at once never take the same id
        List<TicketCategory> last = em().createQuery(
                        "SELECT c FROM TicketCategory c ORDER BY c.id DESC", TicketCategory.class)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return last.isEmpty() ? 1 : last.get(0).id() + 1;
    }

    @Override
    public int nextSortOrder(String serviceCode, Long parentId) {
        TypedQuery<Integer> query = em().createQuery(
                        "SELECT MAX(c.sortOrder) FROM TicketCategory c WHERE c.serviceCode = :service AND "
                                + (parentId == null ? "c.parentId IS NULL" : "c.parentId = :parent"),
                        Integer.class)
                .setParameter("service", serviceCode);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        Integer max = query.getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public void add(TicketCategory category) {
        catalog.changing();
        em().persist(category);
    }

    @Override
    public List<CategoryField> fields() {
        return em().createQuery(
                        "SELECT f FROM CategoryField f ORDER BY f.categoryId, f.sortOrder, f.key", CategoryField.class)
                .getResultList();
    }

    @Override
    public Optional<CategoryField> fieldToChange(long categoryId, String key) {
        catalog.changing();
        return Optional.ofNullable(key).map(k -> em().find(CategoryField.class, new CategoryField.Key(categoryId, k)));
    }

    @Override
    public void add(CategoryField field) {
        catalog.changing();
        em().persist(field);
    }

    @Override
    public void remove(CategoryField field) {
        catalog.changing();
        em().remove(field);
    }

    @Override
    public List<SupportQueue> queues() {
        return em().createQuery("SELECT q FROM SupportQueue q ORDER BY q.code", SupportQueue.class)
                .getResultList();
    }

    @Override
    public Optional<SupportQueue> queueToChange(String code) {
        return Optional.ofNullable(code).map(c -> em().find(SupportQueue.class, c));
    }

    @Override
    public void add(SupportQueue queue) {
        em().persist(queue);
    }

    private EntityManager em() {
        return entityManagers.platform();
    }
}
