package io.andes.ticketing.infrastructure;

import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.ticketing.domain.catalog.CategoryField;
import io.andes.ticketing.domain.catalog.CategoryFields;
import io.andes.ticketing.domain.catalog.SupportService;
import io.andes.ticketing.domain.catalog.TicketCatalog;
import io.andes.ticketing.domain.catalog.TicketCategory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalog is the vendor's, not a tenant's: read through the platform entity manager, and kept in memory a few
 * seconds (no second-level cache: other instances may change it; a change made here is seen here at once).
 */
@ApplicationScoped
class JpaTicketCatalog implements TicketCatalog {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(15);

    private final AtomicLong changes = new AtomicLong();
    private volatile CatalogSnapshot snapshot;

    @Inject
    TenantEntityManager entityManagers;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Override
    public List<SupportService> services() {
        return current().services();
    }

    @Override
    public List<TicketCategory> categories() {
        return current().categories();
    }

    @Override
    public Optional<TicketCategory> category(long id) {
        return current().category(id);
    }

    @Override
    public Optional<SupportService> service(String code) {
        return current().service(code);
    }

    @Override
    public boolean hasChildren(long id) {
        return current().hasChildren(id);
    }

    @Override
    public CategoryFields fields(long categoryId) {
        return current().fields(categoryId);
    }

    @Override
    public Optional<TicketCategory> categoryToChange(long id) {
        changing();
        return Optional.ofNullable(em().find(TicketCategory.class, id)).filter(TicketCategory::active);
    }

    /** The catalog is about to change in the caller's transaction: forget it now and once that transaction ends. */
    public void changing() {
        forget();
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                forget();
            }
        });
    }

    private CatalogSnapshot current() {
        Instant now = clock.instant();
        CatalogSnapshot held = snapshot;
        if (held != null && held.loadedAt().plus(TIME_TO_LIVE).isAfter(now)) {
            return held;
        }
        long seen = changes.get();
        CatalogSnapshot loaded = transactions.requiresNew(() -> CatalogSnapshot.of(
                em().createQuery(
                                "SELECT s FROM SupportService s WHERE s.active = TRUE ORDER BY s.sortOrder, s.code",
                                SupportService.class)
                        .getResultList(),
                em().createQuery(
                                "SELECT c FROM TicketCategory c WHERE c.active = TRUE"
                                        + " ORDER BY c.serviceCode, c.sortOrder, c.id",
                                TicketCategory.class)
                        .getResultList(),
                em().createQuery(
                                "SELECT f FROM CategoryField f ORDER BY f.categoryId, f.sortOrder, f.key",
                                CategoryField.class)
                        .getResultList(),
                now));
        if (changes.get() == seen) {
            snapshot = loaded; // a load that overlapped a change is used once, never kept
        }
        return loaded;
    }

    private void forget() {
        changes.incrementAndGet();
        snapshot = null;
    }

    private EntityManager em() {
        return entityManagers.platform();
    }
}
