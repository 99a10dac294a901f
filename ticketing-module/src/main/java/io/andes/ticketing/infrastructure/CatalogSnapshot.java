package io.andes.ticketing.infrastructure;

import io.andes.ticketing.domain.catalog.CategoryField;
import io.andes.ticketing.domain.catalog.CategoryFields;
import io.andes.ticketing.domain.catalog.SupportService;
import io.andes.ticketing.domain.catalog.TicketCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The vendor's active services and categories as read at one instant, detached and never changed afterwards, so any
 * number of requests may read them at once.
 */
record CatalogSnapshot(
        List<SupportService> services,
        List<TicketCategory> categories,
        Map<String, SupportService> servicesByCode,
        Map<Long, TicketCategory> categoriesById,
        Set<Long> parents,
        Map<Long, List<CategoryField>> ownFields,
        Instant loadedAt) {

    /** The snapshot of active services and their categories; categories of a withdrawn service are left out. */
    static CatalogSnapshot of(
            List<SupportService> services, List<TicketCategory> loaded, List<CategoryField> fields, Instant at) {
        Set<String> offered = services.stream().map(SupportService::code).collect(Collectors.toSet());
        List<TicketCategory> categories =
                loaded.stream().filter(c -> offered.contains(c.serviceCode())).toList();
        Set<Long> parents = new HashSet<>();
        categories.forEach(c -> {
            if (c.parentId() != null) {
                parents.add(c.parentId());
            }
        });
        return new CatalogSnapshot(
                List.copyOf(services),
                List.copyOf(categories),
                services.stream().collect(Collectors.toUnmodifiableMap(SupportService::code, Function.identity())),
                categories.stream().collect(Collectors.toUnmodifiableMap(TicketCategory::id, Function.identity())),
                Set.copyOf(parents),
                fields.stream()
                        .collect(Collectors.groupingBy(CategoryField::categoryId, Collectors.toUnmodifiableList())),
                at);
    }

    Optional<SupportService> service(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(servicesByCode.get(code));
    }

    Optional<TicketCategory> category(long id) {
        return Optional.ofNullable(categoriesById.get(id));
    }

    boolean hasChildren(long id) {
        return parents.contains(id);
    }

    /** The branch's fields from the root down; fields of inactive categories are never loaded. */
    CategoryFields fields(long categoryId) {
        List<CategoryField> branch = new ArrayList<>();
        TicketCategory at = categoriesById.get(categoryId);
        for (int depth = 0; at != null && depth < 50; depth++) {
            branch.addAll(0, ownFields.getOrDefault(at.id(), List.of()));
            at = at.parentId() == null ? null : categoriesById.get(at.parentId());
        }
        return new CategoryFields(branch);
    }
}
