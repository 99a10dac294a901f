package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.catalog.FieldValue;
import io.andes.ticketing.domain.catalog.TicketCatalog;
import io.andes.ticketing.domain.catalog.TicketCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The support catalog as tenants choose from it: services, and category trees with their paths. */
@ApplicationScoped
public class CatalogUseCases {

    static final String PATH_SEPARATOR = " › ";

    @Inject
    TicketCatalog catalog;

    @Transactional
    public TicketViews.Catalog catalog(boolean english) {
        List<TicketCategory> categories = catalog.categories();
        Map<Long, TicketCategory> byId =
                categories.stream().collect(Collectors.toMap(TicketCategory::id, Function.identity()));
        Set<Long> parents = new HashSet<>();
        categories.forEach(c -> {
            if (c.parentId() != null) {
                parents.add(c.parentId());
            }
        });
        return new TicketViews.Catalog(
                catalog.services().stream()
                        .map(s -> new TicketViews.Service(s.code(), s.name(english)))
                        .toList(),
                categories.stream()
                        .map(c -> new TicketViews.Category(
                                c.id(),
                                c.parentId(),
                                c.serviceCode(),
                                c.name(english),
                                path(c, byId::get, english),
                                !parents.contains(c.id()),
                                c.kind(),
                                parents.contains(c.id()) ? List.of() : fields(c.id(), english)))
                        .toList());
    }

    private List<TicketViews.Field> fields(long categoryId, boolean english) {
        return catalog.fields(categoryId).fields().stream()
                .map(f -> new TicketViews.Field(
                        f.key(), f.label(english), f.type().name(), f.options(), f.required()))
                .toList();
    }

    /** The values filled for a ticket on {@code category}, checked against its fields; a 400 lists every problem. */
    List<FieldValue> acceptedFields(TicketCategory category, Map<String, ?> filled) {
        return catalog.fields(category.id()).accept(filled);
    }

    /** A category of the catalog, leaf or not, or a 400 naming the field. */
    TicketCategory existingCategory(long categoryId) {
        return catalog.category(categoryId)
                .orElseThrow(() -> ProblemException.invalidField(
                        "categoryId",
                        "no es una categoría del catálogo",
                        "La categoría no existe en el catálogo.",
                        "The category is not in the catalog."));
    }

    /** A leaf category of the given service where a ticket can be opened, or a 400 naming the field. */
    TicketCategory openableCategory(String serviceCode, Long categoryId) {
        if (catalog.service(serviceCode).isEmpty()) {
            throw ProblemException.invalidField(
                    "serviceCode",
                    "no es un servicio del catálogo",
                    "El servicio no existe en el catálogo.",
                    "The service is not in the catalog.");
        }
        TicketCategory category =
                categoryId == null ? null : catalog.category(categoryId).orElse(null);
        if (category == null || !category.serviceCode().equals(serviceCode) || catalog.hasChildren(category.id())) {
            throw ProblemException.invalidField(
                    "categoryId",
                    "debe ser una categoría final del servicio elegido",
                    "Elija una categoría final (sin subcategorías) del servicio.",
                    "Choose a final category (without subcategories) of the service.");
        }
        return category;
    }

    TicketViews.CategoryRef reference(long categoryId, boolean english) {
        return catalog.category(categoryId)
                .map(c -> new TicketViews.CategoryRef(
                        c.id(),
                        c.name(english),
                        path(c, id -> catalog.category(id).orElse(null), english)))
                .orElse(new TicketViews.CategoryRef(categoryId, "", ""));
    }

    /** The category's own name, for lists that show no path. */
    String name(long categoryId, boolean english) {
        return catalog.category(categoryId).map(c -> c.name(english)).orElse("");
    }

    private static String path(TicketCategory category, Function<Long, TicketCategory> lookup, boolean english) {
        StringBuilder path = new StringBuilder(category.name(english));
        TicketCategory parent = category.parentId() == null ? null : lookup.apply(category.parentId());
        for (int depth = 0; parent != null && depth < 20; depth++) {
            path.insert(0, parent.name(english) + PATH_SEPARATOR);
            parent = parent.parentId() == null ? null : lookup.apply(parent.parentId());
        }
        return path.toString();
    }
}
