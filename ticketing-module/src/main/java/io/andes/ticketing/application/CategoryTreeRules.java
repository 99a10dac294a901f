package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.ticketing.domain.catalog.CatalogStore;
import io.andes.ticketing.domain.catalog.CategoryField;
import io.andes.ticketing.domain.catalog.CategoryMoves;
import io.andes.ticketing.domain.catalog.DeskCatalog;
import io.andes.ticketing.domain.catalog.TicketCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of the category tree as administrators change it, read from the catalog as stored: parents of the same
 * service, no cycles, a field key used once along a branch, and the kind and queue a new category takes.
 */
@ApplicationScoped
class CategoryTreeRules {

    static final String DEFAULT_QUEUE = "tecnica";
    private static final Set<String> KINDS =
            Set.of(TicketCategory.SUPPORT, TicketCategory.CLAIM, TicketCategory.CANCELLATION);

    @Inject
    CatalogStore store;

    @Inject
    DeskCatalog desk;

    TicketCategory existing(long id) {
        return store.categoryToChange(id)
                .orElseThrow(() -> ProblemException.notFound("la categoría " + id, "Category " + id));
    }

    /** An active category of {@code serviceCode} to put a category under, or a 400 on {@code parentId}. */
    TicketCategory activeParent(long parentId, String serviceCode) {
        return store.categoryToChange(parentId)
                .filter(p -> p.active() && p.serviceCode().equals(serviceCode))
                .orElseThrow(() -> ProblemException.invalidField(
                        "parentId",
                        "no es una categoría activa del servicio",
                        "La categoría superior no es una categoría activa del mismo servicio.",
                        "The parent is not an active category of the same service."));
    }

    /** A category can be offered only under an active parent (a root always can). */
    void requireActiveParent(TicketCategory category) {
        if (category.parentId() != null
                && !store.categoryToChange(category.parentId())
                        .map(TicketCategory::active)
                        .orElse(false)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La categoría superior está desactivada: reactívela primero.",
                    "The parent category is deactivated: reactivate it first.");
        }
    }

    String queue(String raw, TicketCategory parent) {
        if (raw == null || raw.isBlank()) {
            return parent == null ? DEFAULT_QUEUE : parent.queueCode();
        }
        if (!desk.queueExists(raw.strip())) {
            throw ProblemException.invalidField(
                    "queue", "no es una cola", "La cola " + raw + " no existe.", "Queue " + raw + " does not exist.");
        }
        return raw.strip();
    }

    String kind(String raw, TicketCategory parent) {
        if (raw == null || raw.isBlank()) {
            return parent == null ? TicketCategory.SUPPORT : parent.kind();
        }
        if (!KINDS.contains(raw.strip())) {
            throw ProblemException.invalidField(
                    "kind",
                    "SUPPORT, CLAIM o CANCELLATION",
                    "El tipo de categoría es SUPPORT, CLAIM o CANCELLATION.",
                    "The category kind is SUPPORT, CLAIM or CANCELLATION.");
        }
        return raw.strip();
    }

    /** No cycle, and no field key of the moved branch already used above its new place. */
    void requireMovable(TicketCategory category, Long newParent) {
        Map<Long, TicketCategory> byId = byId();
        CategoryMoves.requireNoCycle(category.id(), newParent, id -> parentOf(byId, id));
        Set<String> above = keys(ancestors(byId, newParent));
        Set<String> moved = keys(subtree(category));
        moved.retainAll(above);
        if (!moved.isEmpty()) {
            throw keyInUse(moved.iterator().next());
        }
    }

    /** A new field key on {@code category} must not be used above or below it. */
    void requireFreeKey(TicketCategory category, String key) {
        List<TicketCategory> branch = new ArrayList<>(ancestors(byId(), category.id()));
        branch.addAll(subtree(category));
        if (keys(branch).contains(key)) {
            throw keyInUse(key);
        }
    }

    /** The category and every category below it, at any depth. */
    List<TicketCategory> subtree(TicketCategory root) {
        Map<Long, List<TicketCategory>> children = store.categories().stream()
                .filter(c -> c.parentId() != null)
                .collect(Collectors.groupingBy(TicketCategory::parentId));
        List<TicketCategory> found = new ArrayList<>(List.of(root));
        Set<Long> seen = new HashSet<>(Set.of(root.id()));
        for (int i = 0; i < found.size(); i++) {
            children.getOrDefault(found.get(i).id(), List.of()).stream()
                    .filter(c -> seen.add(c.id()))
                    .forEach(found::add);
        }
        return found;
    }

    private Map<Long, TicketCategory> byId() {
        return store.categories().stream().collect(Collectors.toMap(TicketCategory::id, Function.identity()));
    }

    private static Long parentOf(Map<Long, TicketCategory> byId, long id) {
        TicketCategory category = byId.get(id);
        return category == null ? null : category.parentId();
    }

    private static List<TicketCategory> ancestors(Map<Long, TicketCategory> byId, Long from) {
        List<TicketCategory> chain = new ArrayList<>();
        TicketCategory at = from == null ? null : byId.get(from);
        for (int depth = 0; at != null && depth < 50; depth++) {
            chain.add(at);
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
        return chain;
    }

    private Set<String> keys(List<TicketCategory> categories) {
        Set<Long> ids = categories.stream().map(TicketCategory::id).collect(Collectors.toSet());
        return store.fields().stream()
                .filter(f -> ids.contains(f.categoryId()))
                .map(CategoryField::key)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static ProblemException keyInUse(String key) {
        return new ProblemException(
                ProblemType.CONFLICT,
                "La clave de campo " + key + " ya se usa en esta rama del árbol.",
                "Field key " + key + " is already used on this branch of the tree.");
    }
}
