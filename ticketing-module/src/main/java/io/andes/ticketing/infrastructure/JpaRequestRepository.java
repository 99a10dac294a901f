package io.andes.ticketing.infrastructure;

import io.andes.core.tenancy.TenantEntityManager;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.request.RequestItem;
import io.andes.ticketing.domain.request.RequestPhoto;
import io.andes.ticketing.domain.request.RequestRepository;
import io.andes.ticketing.domain.request.ServiceRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaRequestRepository implements RequestRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public void add(ServiceRequest request) {
        em().persist(request);
    }

    @Override
    public Optional<ServiceRequest> find(String id) {
        return Optional.ofNullable(em().find(ServiceRequest.class, id));
    }

    @Override
    public Optional<ServiceRequest> find(RequestNumber number) {
        return em().createQuery("SELECT r FROM ServiceRequest r WHERE r.number = :number", ServiceRequest.class)
                .setParameter("number", number.sequence())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ServiceRequest> list(int offset, int limit) {
        return em().createQuery("SELECT r FROM ServiceRequest r ORDER BY r.createdAt DESC, r.id", ServiceRequest.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em().createQuery("SELECT COUNT(r) FROM ServiceRequest r", Long.class)
                .getSingleResult();
    }

    @Override
    public void add(RequestItem item) {
        em().persist(item);
    }

    @Override
    public List<RequestItem> items(ServiceRequest request) {
        return em().createQuery(
                        "SELECT i FROM RequestItem i WHERE i.requestId = :request ORDER BY i.position",
                        RequestItem.class)
                .setParameter("request", request.id())
                .getResultList();
    }

    @Override
    public Map<String, Long> itemCounts(List<ServiceRequest> requests) {
        if (requests.isEmpty()) {
            return Map.of();
        }
        return em().createQuery(
                        "SELECT i.requestId, COUNT(i) FROM RequestItem i WHERE i.requestId IN :ids GROUP BY i.requestId",
                        Object[].class)
                .setParameter("ids", requests.stream().map(ServiceRequest::id).toList())
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    @Override
    public Optional<RequestItem> item(ServiceRequest request, String itemId) {
        return Optional.ofNullable(em().find(RequestItem.class, itemId))
                .filter(item -> item.requestId().equals(request.id()));
    }

    @Override
    public void remove(RequestItem item) {
        EntityManager em = em();
        em.createQuery("SELECT p FROM RequestPhoto p WHERE p.itemId = :item", RequestPhoto.class)
                .setParameter("item", item.id())
                .getResultList()
                .forEach(em::remove);
        em.flush();
        em.remove(item);
    }

    @Override
    public void add(RequestPhoto photo) {
        em().persist(photo);
    }

    @Override
    public List<RequestPhoto.PhotoInfo> photos(ServiceRequest request) {
        return em().createQuery(
                        "SELECT NEW io.andes.ticketing.domain.request.RequestPhoto.PhotoInfo(p.id, p.itemId, p.fileName,"
                                + " p.mediaType, p.sizeBytes) FROM RequestPhoto p WHERE p.requestId = :request"
                                + " ORDER BY p.uploadedAt",
                        RequestPhoto.PhotoInfo.class)
                .setParameter("request", request.id())
                .getResultList();
    }

    @Override
    public List<RequestPhoto> photosWithContent(RequestItem item) {
        return em().createQuery(
                        "SELECT p FROM RequestPhoto p WHERE p.itemId = :item ORDER BY p.uploadedAt", RequestPhoto.class)
                .setParameter("item", item.id())
                .getResultList();
    }

    @Override
    public void remove(RequestPhoto photo) {
        em().remove(photo);
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
