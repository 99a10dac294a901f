package io.andes.ticketing.application;

import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.domain.catalog.CategoryField;
import io.andes.ticketing.domain.catalog.SupportService;
import io.andes.ticketing.domain.catalog.TicketCategory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalog's rows as administrators see them: each tree in depth-first order, inactive categories included. */
final class CatalogAdminPresenter {

    private final Map<Long, TicketCategory> byId;
    private final Map<Long, List<TicketCategory>> children;
    private final Map<Long, List<CategoryField>> fields;
    private final boolean english;

    CatalogAdminPresenter(List<TicketCategory> categories, List<CategoryField> fields, boolean english) {
        this.byId = categories.stream().collect(Collectors.toMap(TicketCategory::id, Function.identity()));
        this.children = categories.stream()
                .filter(c -> c.parentId() != null)
                .collect(Collectors.groupingBy(TicketCategory::parentId));
        this.fields = fields.stream().collect(Collectors.groupingBy(CategoryField::categoryId));
        this.english = english;
    }

    static CatalogAdminViews.Service service(SupportService service) {
        return new CatalogAdminViews.Service(service.code(), service.name(false), service.name(true), service.active());
    }

    /** The categories of {@code serviceCode} (every service when null), parents before their children. */
    List<CatalogAdminViews.Category> tree(String serviceCode) {
        List<CatalogAdminViews.Category> rows = new ArrayList<>();
        byId.values().stream()
                .filter(c -> c.parentId() == null
                        && (serviceCode == null || c.serviceCode().equals(serviceCode)))
                .sorted(TicketCategory.DISPLAY_ORDER)
                .forEach(root -> add(root, "", 0, rows, new HashSet<>()));
        return rows;
    }

    CatalogAdminViews.Category row(long id) {
        return tree(byId.get(id).serviceCode()).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private void add(
            TicketCategory category, String above, int depth, List<CatalogAdminViews.Category> rows, Set<Long> seen) {
        if (!seen.add(category.id())) {
            return;
        }
        String path = above.isEmpty()
                ? category.name(english)
                : above + CatalogUseCases.PATH_SEPARATOR + category.name(english);
        List<TicketCategory> below = children.getOrDefault(category.id(), List.of()).stream()
                .sorted(TicketCategory.DISPLAY_ORDER)
                .toList();
        rows.add(new CatalogAdminViews.Category(
                category.id(),
                category.serviceCode(),
                category.parentId(),
                category.name(false),
                category.name(true),
                path,
                depth,
                category.kind(),
                category.queueCode(),
                category.active(),
                below.stream().noneMatch(TicketCategory::active),
                fields.getOrDefault(category.id(), List.of()).stream()
                        .map(CatalogAdminPresenter::field)
                        .toList()));
        below.forEach(child -> add(child, path, depth + 1, rows, seen));
    }

    static CatalogAdminViews.Field field(CategoryField field) {
        return new CatalogAdminViews.Field(
                field.key(),
                field.label(false),
                field.label(true),
                field.type().name(),
                field.options(),
                field.required(),
                field.order());
    }
}
