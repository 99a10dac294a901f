package io.andes.ticketing.infrastructure;

import io.andes.core.tenancy.TenantEntityManager;
import io.andes.ticketing.domain.numbering.PqrsNumber;
import io.andes.ticketing.domain.pqrs.PqrsCase;
import io.andes.ticketing.domain.pqrs.PqrsMessage;
import io.andes.ticketing.domain.pqrs.PqrsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaPqrsRepository implements PqrsRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public void add(PqrsCase pqrs) {
        em().persist(pqrs);
    }

    @Override
    public Optional<PqrsCase> find(PqrsNumber number) {
        return em().createQuery(
                        "SELECT c FROM PqrsCase c WHERE c.filingYear = :year AND c.filingSequence = :sequence",
                        PqrsCase.class)
                .setParameter("year", number.year())
                .setParameter("sequence", number.sequence())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PqrsCase> list(int offset, int limit) {
        return em().createQuery("SELECT c FROM PqrsCase c ORDER BY c.filedAt DESC, c.id", PqrsCase.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em().createQuery("SELECT COUNT(c) FROM PqrsCase c", Long.class).getSingleResult();
    }

    @Override
    public void add(PqrsMessage message) {
        em().persist(message);
    }

    @Override
    public List<PqrsMessage> messages(PqrsCase pqrs) {
        return em().createQuery(
                        "SELECT m FROM PqrsMessage m WHERE m.caseId = :pqrs ORDER BY m.createdAt", PqrsMessage.class)
                .setParameter("pqrs", pqrs.id())
                .getResultList();
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
