package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.domain.catalog.CatalogStore;
import io.andes.ticketing.domain.catalog.CategoryField;
import io.andes.ticketing.domain.catalog.FieldDefinition;
import io.andes.ticketing.domain.catalog.TicketCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Platform admins define the extra fields a category asks for (they apply to every category below it too). Tickets
 * already opened keep the values and labels they were opened with.
 */
@ApplicationScoped
public class CategoryFieldSetup {

    @Inject
    CatalogStore store;

    @Inject
    CategoryTreeRules rules;

    @Inject
    DeskAccess access;

    @Inject
    CatalogChangeLog changes;

    @Transactional
    public CatalogAdminViews.Field add(long categoryId, String key, FieldDefinition definition) {
        access.require(Roles.PLATFORM_ADMIN);
        TicketCategory category = rules.existing(categoryId);
        CategoryField field = new CategoryField(category.id(), key, definition);
        rules.requireFreeKey(category, field.key());
        store.add(field);
        changes.record("field.added", categoryId + "/" + field.key(), definition.labelEs());
        return CatalogAdminPresenter.field(field);
    }

    @Transactional
    public CatalogAdminViews.Field change(long categoryId, String key, FieldDefinition definition) {
        access.require(Roles.PLATFORM_ADMIN);
        CategoryField field = existing(categoryId, key);
        field.change(definition);
        changes.record("field.changed", categoryId + "/" + key, definition.labelEs());
        return CatalogAdminPresenter.field(field);
    }

    @Transactional
    public void remove(long categoryId, String key) {
        access.require(Roles.PLATFORM_ADMIN);
        store.remove(existing(categoryId, key));
        changes.record("field.removed", categoryId + "/" + key, "");
    }

    private CategoryField existing(long categoryId, String key) {
        rules.existing(categoryId);
        return store.fieldToChange(categoryId, key)
                .orElseThrow(() -> ProblemException.notFound("el campo " + key, "Field " + key));
    }
}
