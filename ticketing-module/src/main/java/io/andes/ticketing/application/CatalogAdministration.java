package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.domain.catalog.CatalogNames;
import io.andes.ticketing.domain.catalog.CatalogStore;
import io.andes.ticketing.domain.catalog.SupportService;
import io.andes.ticketing.domain.catalog.TicketCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Platform admins shape the support catalog every tenant opens tickets on: the services, and each service's category
 * tree (add, rename, move, deactivate; the queue is a routing rule of {@link DeskSetup}). Nothing is ever deleted: a
 * deactivated entry is offered to nobody and tickets already on it keep it. Portals see a change at once.
 */
@ApplicationScoped
public class CatalogAdministration {

    @Inject
    CatalogStore store;

    @Inject
    CategoryTreeRules rules;

    @Inject
    DeskAccess access;

    @Inject
    CatalogChangeLog changes;

    @Transactional
    public List<CatalogAdminViews.Service> services() {
        access.require(Roles.PLATFORM_ADMIN);
        return store.services().stream().map(CatalogAdminPresenter::service).toList();
    }

    @Transactional
    public CatalogAdminViews.Service addService(String code, CatalogNames names) {
        access.require(Roles.PLATFORM_ADMIN);
        SupportService service =
                new SupportService(code, names, store.services().size() + 1);
        if (store.serviceToChange(service.code()).isPresent()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Ya hay un servicio con el código " + service.code() + ".",
                    "There is already a service with code " + service.code() + ".");
        }
        store.add(service);
        changes.record("service.added", service.code(), names.es());
        return CatalogAdminPresenter.service(service);
    }

    /** New names; {@code active} false withdraws the service from the portal, true offers it again. */
    @Transactional
    public CatalogAdminViews.Service changeService(String code, CatalogNames names, boolean active) {
        access.require(Roles.PLATFORM_ADMIN);
        SupportService service = store.serviceToChange(code)
                .orElseThrow(() -> ProblemException.notFound("el servicio " + code, "Service " + code));
        service.rename(names);
        service.activate(active);
        changes.record("service.changed", service.code(), names.es() + (active ? "" : " (inactivo)"));
        return CatalogAdminPresenter.service(service);
    }

    @Transactional
    public List<CatalogAdminViews.Category> categories(String serviceCode, boolean english) {
        access.require(Roles.PLATFORM_ADMIN);
        return presenter(english).tree(serviceCode);
    }

    /** A new category under {@code parentId} (a root of the service when null), routed like its parent by default. */
    @Transactional
    public CatalogAdminViews.Category addCategory(NewCategory draft, boolean english) {
        access.require(Roles.PLATFORM_ADMIN);
        SupportService service = store.serviceToChange(draft.serviceCode())
                .orElseThrow(() -> ProblemException.invalidField(
                        "serviceCode",
                        "no es un servicio del catálogo",
                        "El servicio no existe en el catálogo.",
                        "The service is not in the catalog."));
        TicketCategory parent = draft.parentId() == null ? null : rules.activeParent(draft.parentId(), service.code());
        String queue = rules.queue(draft.queue(), parent);
        TicketCategory category = new TicketCategory(
                store.nextCategoryId(),
                service.code(),
                draft.parentId(),
                draft.names(),
                rules.kind(draft.kind(), parent),
                queue,
                store.nextSortOrder(service.code(), draft.parentId()));
        store.add(category);
        changes.record(
                "category.added", String.valueOf(category.id()), draft.names().es());
        return presenter(english).row(category.id());
    }

    @Transactional
    public CatalogAdminViews.Category renameCategory(long id, CatalogNames names, boolean english) {
        access.require(Roles.PLATFORM_ADMIN);
        rules.existing(id).rename(names);
        changes.record("category.renamed", String.valueOf(id), names.es());
        return presenter(english).row(id);
    }

    /** Moves the category and everything below it under {@code parentId} (a root when null), in the same service. */
    @Transactional
    public CatalogAdminViews.Category moveCategory(long id, Long parentId, boolean english) {
        access.require(Roles.PLATFORM_ADMIN);
        TicketCategory category = rules.existing(id);
        if (parentId != null) {
            rules.activeParent(parentId, category.serviceCode());
        }
        rules.requireMovable(category, parentId);
        category.moveUnder(parentId, store.nextSortOrder(category.serviceCode(), parentId));
        changes.record("category.moved", String.valueOf(id), "bajo " + parentId);
        return presenter(english).row(id);
    }

    /** Withdraws the category and everything below it; tickets already opened on them keep them. */
    @Transactional
    public CatalogAdminViews.Category deactivateCategory(long id, boolean english) {
        access.require(Roles.PLATFORM_ADMIN);
        rules.subtree(rules.existing(id)).forEach(TicketCategory::deactivate);
        changes.record("category.deactivated", String.valueOf(id), "");
        return presenter(english).row(id);
    }

    /**
     * Offers a withdrawn category again, with everything below it (what its withdrawal took away), once its parent is
     * active; a category under a withdrawn parent answers 409 and stays withdrawn.
     */
    @Transactional
    public CatalogAdminViews.Category reactivateCategory(long id, boolean english) {
        access.require(Roles.PLATFORM_ADMIN);
        TicketCategory category = rules.existing(id);
        rules.requireActiveParent(category);
        rules.subtree(category).forEach(TicketCategory::reactivate);
        changes.record("category.reactivated", String.valueOf(id), "");
        return presenter(english).row(id);
    }

    private CatalogAdminPresenter presenter(boolean english) {
        return new CatalogAdminPresenter(store.categories(), store.fields(), english);
    }

    /** What a platform admin gives for a new category; kind and queue default to the parent's. */
    public record NewCategory(String serviceCode, Long parentId, CatalogNames names, String kind, String queue) {}
}
