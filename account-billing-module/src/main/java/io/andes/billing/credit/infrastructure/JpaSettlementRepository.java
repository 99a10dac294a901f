package io.andes.billing.credit.infrastructure;

import io.andes.billing.credit.domain.CancellationSettlement;
import io.andes.billing.credit.domain.SettlementRepository;
import io.andes.core.infrastructure.DuplicateKeys;
import io.andes.core.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

@ApplicationScoped
class JpaSettlementRepository implements SettlementRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public Optional<CancellationSettlement> find() {
        return entityManagers
                .get()
                .createQuery("SELECT s FROM CancellationSettlement s", CancellationSettlement.class)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(CancellationSettlement settlement) {
        try {
            entityManagers.get().persist(settlement);
            entityManagers.get().flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw CancellationSettlement.alreadySettled();
            }
            throw e;
        }
    }
}
