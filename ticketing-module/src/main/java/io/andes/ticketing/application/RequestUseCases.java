package io.andes.ticketing.application;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.ticketing.api.RequestViews;
import io.andes.ticketing.domain.catalog.TicketCatalog;
import io.andes.ticketing.domain.catalog.TicketCategory;
import io.andes.ticketing.domain.request.RequestItem;
import io.andes.ticketing.domain.request.RequestRepository;
import io.andes.ticketing.domain.request.ServiceRequest;
import io.andes.ticketing.domain.ticket.Requester;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What a tenant's users do with a multi-item request while they write it: start a draft for a service, add and remove
 * items, look at it and at the list of requests. Submitting is {@link RequestSubmission}. One transaction per use case,
 * always within the caller's tenant.
 */
@ApplicationScoped
public class RequestUseCases {

    @Inject
    RequestRepository requests;

    @Inject
    TicketCatalog services;

    @Inject
    CatalogUseCases catalog;

    @Inject
    RequestPresenter presenter;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    @Transactional
    public RequestViews.Request start(String serviceCode, boolean english) {
        if (serviceCode == null || services.service(serviceCode).isEmpty()) {
            throw ProblemException.invalidField(
                    "serviceCode",
                    "no es un servicio del catálogo",
                    "El servicio no existe en el catálogo.",
                    "The service is not in the catalog.");
        }
        CurrentUser user = caller.get();
        ServiceRequest request =
                new ServiceRequest(serviceCode, new Requester(user.subject(), user.username()), clock.instant());
        requests.add(request);
        return presenter.whole(request, english);
    }

    @Transactional
    public RequestViews.Request view(String idOrNumber, boolean english) {
        return presenter.whole(RequestLookup.existing(requests, idOrNumber), english);
    }

    @Transactional
    public Page<RequestViews.RequestSummary> list(PageRequest page) {
        List<ServiceRequest> found = requests.list(page.offset(), page.size());
        Map<String, Long> items = requests.itemCounts(found);
        return new Page<>(
                found.stream()
                        .map(r -> presenter.summary(r, items.getOrDefault(r.id(), 0L)))
                        .toList(),
                page.page(),
                page.size(),
                requests.count());
    }

    @Transactional
    public RequestViews.Item addItem(
            String idOrNumber, Long categoryId, String description, Map<String, ?> fields, boolean english) {
        ServiceRequest request = RequestLookup.existing(requests, idOrNumber);
        List<RequestItem> items = requests.items(request);
        request.checkRoomForItem(items.size());
        TicketCategory category = catalog.openableCategory(request.serviceCode(), categoryId);
        int order = items.stream().mapToInt(RequestItem::order).max().orElse(0) + 1;
        RequestItem item =
                new RequestItem(request, category, description, catalog.acceptedFields(category, fields), order);
        requests.add(item);
        return presenter.item(item, List.of(), english);
    }

    @Transactional
    public void removeItem(String idOrNumber, String itemId) {
        ServiceRequest request = RequestLookup.existing(requests, idOrNumber);
        RequestItem item = existingItem(request, itemId);
        request.requireDraft();
        requests.remove(item);
    }

    RequestItem existingItem(ServiceRequest request, String itemId) {
        return requests.item(request, itemId == null ? "" : itemId)
                .orElseThrow(() -> ProblemException.notFound("el requerimiento", "The item"));
    }
}
