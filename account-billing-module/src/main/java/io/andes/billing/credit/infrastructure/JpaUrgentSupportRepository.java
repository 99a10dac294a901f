package io.andes.billing.credit.infrastructure;

import io.andes.billing.credit.domain.CreditProposal;
import io.andes.billing.credit.domain.UrgentPurchase;
import io.andes.billing.credit.domain.UrgentSupportRepository;
import io.andes.core.infrastructure.DuplicateKeys;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

@ApplicationScoped
class JpaUrgentSupportRepository implements UrgentSupportRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public void add(UrgentPurchase purchase) {
        try {
            em().persist(purchase);
            em().flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw UrgentPurchase.alreadyBought(purchase.ticketNumber());
            }
            throw e;
        }
    }

    @Override
    public Optional<UrgentPurchase> purchaseByKey(String idempotencyKey) {
        return em().createQuery("SELECT p FROM UrgentPurchase p WHERE p.idempotencyKey = :key", UrgentPurchase.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UrgentPurchase> purchaseOf(String ticketNumber) {
        return em().createQuery("SELECT p FROM UrgentPurchase p WHERE p.ticketNumber = :ticket", UrgentPurchase.class)
                .setParameter("ticket", ticketNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<UrgentPurchase> purchases(int offset, int limit) {
        return em().createQuery(
                        "SELECT p FROM UrgentPurchase p ORDER BY p.purchasedAt DESC, p.id", UrgentPurchase.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPurchases() {
        return em().createQuery("SELECT COUNT(p) FROM UrgentPurchase p", Long.class)
                .getSingleResult();
    }

    @Override
    public void add(CreditProposal proposal) {
        em().persist(proposal);
        em().flush();
    }

    @Override
    public Optional<CreditProposal> proposalOf(String ticketNumber) {
        return em().createQuery("SELECT p FROM CreditProposal p WHERE p.ticketNumber = :ticket", CreditProposal.class)
                .setParameter("ticket", ticketNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<CreditProposal> proposal(String id) {
        return proposal(id, LockModeType.NONE);
    }

    @Override
    public Optional<CreditProposal> lockProposal(String id) {
        return proposal(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<CreditProposal> proposal(String id, LockModeType lock) {
        return em().createQuery("SELECT p FROM CreditProposal p WHERE p.id = :id", CreditProposal.class)
                .setParameter("id", id)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ProposalRef> proposals(String status, int limit) {
        List<?> rows = entityManagers
                .forJobOfNoTenant()
                .createNativeQuery("SELECT tenant_id, id FROM credit_proposal WHERE status = ? ORDER BY created_at, id")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, status)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new ProposalRef(new TenantId((String) r[0]), (String) r[1]))
                .toList();
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
