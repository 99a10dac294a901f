package io.andes.billing.advisor.infrastructure;

import io.andes.billing.advisor.domain.AdvisorQuote;
import io.andes.billing.advisor.domain.CommercialCounter;
import io.andes.billing.advisor.domain.CommercialMessage;
import io.andes.billing.advisor.domain.CommercialNumber;
import io.andes.billing.advisor.domain.CommercialRequest;
import io.andes.billing.advisor.domain.CommercialRequestRepository;
import io.andes.billing.advisor.domain.QuoteLine;
import io.andes.core.infrastructure.CounterRows;
import io.andes.core.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaCommercialRequestRepository implements CommercialRequestRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public CommercialNumber nextNumber() {
        return new CommercialNumber(CounterRows.next(em(), CommercialCounter.TABLE, CommercialCounter.REQUESTS));
    }

    @Override
    public void add(CommercialRequest request) {
        em().persist(request);
    }

    @Override
    public Optional<CommercialRequest> find(CommercialNumber number) {
        return em().createQuery(
                        "SELECT r FROM CommercialRequest r WHERE r.sequence = :sequence", CommercialRequest.class)
                .setParameter("sequence", number.sequence())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CommercialRequest> list(String requesterId, int offset, int limit) {
        return byRequester(
                        "SELECT r FROM CommercialRequest r%s ORDER BY r.sequence DESC",
                        CommercialRequest.class, requesterId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(String requesterId) {
        return byRequester("SELECT COUNT(r) FROM CommercialRequest r%s", Long.class, requesterId)
                .getSingleResult();
    }

    private <T> TypedQuery<T> byRequester(String jpql, Class<T> type, String requesterId) {
        if (requesterId == null) {
            return em().createQuery(jpql.formatted(""), type);
        }
        return em().createQuery(jpql.formatted(" WHERE r.requesterId = :requester"), type)
                .setParameter("requester", requesterId);
    }

    @Override
    public void add(CommercialMessage message) {
        em().persist(message);
    }

    @Override
    public List<CommercialMessage> messages(CommercialRequest request) {
        return em().createQuery(
                        "SELECT m FROM CommercialMessage m WHERE m.requestId = :request ORDER BY m.createdAt, m.id",
                        CommercialMessage.class)
                .setParameter("request", request.id())
                .getResultList();
    }

    @Override
    public void add(AdvisorQuote quote) {
        em().persist(quote);
    }

    @Override
    public void add(QuoteLine line) {
        em().persist(line);
    }

    @Override
    public List<AdvisorQuote> quotes(CommercialRequest request) {
        return em().createQuery(
                        "SELECT q FROM AdvisorQuote q WHERE q.requestId = :request ORDER BY q.createdAt, q.id",
                        AdvisorQuote.class)
                .setParameter("request", request.id())
                .getResultList();
    }

    @Override
    public List<QuoteLine> lines(List<AdvisorQuote> quotes) {
        if (quotes.isEmpty()) {
            return List.of();
        }
        return em().createQuery(
                        "SELECT l FROM QuoteLine l WHERE l.quoteId IN :quotes ORDER BY l.quoteId, l.position",
                        QuoteLine.class)
                .setParameter("quotes", quotes.stream().map(AdvisorQuote::id).toList())
                .getResultList();
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
