package io.andes.store.infrastructure;

import io.andes.core.infrastructure.DuplicateKeys;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.catalog.BillingPeriod;
import io.andes.store.domain.catalog.CatalogRepository;
import io.andes.store.domain.catalog.Price;
import io.andes.store.domain.catalog.ProductKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaCatalogRepository implements CatalogRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public List<AddOn> addOns() {
        return em().createQuery("SELECT a FROM AddOn a ORDER BY a.position", AddOn.class)
                .getResultList();
    }

    @Override
    public Optional<AddOn> addOn(String code) {
        return Optional.ofNullable(em().find(AddOn.class, code));
    }

    @Override
    public Optional<Price> price(
            ProductKind kind, String code, BillingPeriod period, Currency currency, LocalDate periodStart) {
        return em().createQuery(
                        "SELECT p FROM Price p WHERE p.kind = :kind AND p.productCode = :code AND p.period = :period"
                                + " AND p.currency = :currency AND p.validFrom <= :day ORDER BY p.validFrom DESC",
                        Price.class)
                .setParameter("kind", kind)
                .setParameter("code", code)
                .setParameter("period", period)
                .setParameter("currency", currency.getCurrencyCode())
                .setParameter("day", periodStart)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Price> prices() {
        return em().createQuery("SELECT p FROM Price p ORDER BY p.id", Price.class)
                .getResultList();
    }

    @Override
    public void add(Price price) {
        try {
            em().persist(price);
            em().flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "Ya existe un precio de ese producto, período y moneda desde esa fecha.",
                        "A price for that product, period and currency from that date already exists.");
            }
            throw e;
        }
    }

    private EntityManager em() {
        return entityManagers.platform();
    }
}
