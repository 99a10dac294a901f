package io.andes.admin;

import io.andes.core.web.LanguageSelection;
import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.application.CatalogAdministration;
import io.andes.ticketing.application.CategoryFieldSetup;
import io.andes.ticketing.application.DeskSetup;
import io.andes.ticketing.application.QueueSetup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * "Catálogo", categories: one service's tree; platform admins add a category (at the top or under another), and on the
 * chosen one rename it, move it, deactivate it, set its queue and define its fields.
 */
@Named("catalogTreeView")
@ViewScoped
public class CatalogTreeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogAdministration administration;

    @Inject
    CategoryFieldSetup fieldSetup;

    @Inject
    DeskSetup desk;

    @Inject
    QueueSetup queueSetup;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleMessages messages;

    private String serviceCode;
    private Long parentId;
    private NamesForm newNames = new NamesForm();
    private String kind;
    private String queue;
    private Long selectedId;
    private NamesForm editNames = new NamesForm();
    private Long moveTo;
    private String routeQueue;
    private FieldForm field = new FieldForm();
    private transient List<CatalogAdminViews.Category> categories;

    public List<CatalogAdminViews.Service> getServices() {
        return administration.services();
    }

    public List<CatalogAdminViews.Queue> getQueues() {
        return queueSetup.queues();
    }

    public void serviceChanged() {
        categories = null;
        selectedId = null;
        parentId = null;
    }

    public List<CatalogAdminViews.Category> getCategories() {
        if (categories == null) {
            categories = serviceCode == null ? List.of() : administration.categories(serviceCode, language.isEnglish());
        }
        return categories;
    }

    /** The active categories, to go under. */
    public List<CatalogAdminViews.Category> getParents() {
        return getCategories().stream()
                .filter(CatalogAdminViews.Category::active)
                .toList();
    }

    public CatalogAdminViews.Category getSelected() {
        return getCategories().stream()
                .filter(c -> Objects.equals(c.id(), selectedId))
                .findFirst()
                .orElse(null);
    }

    public void add() {
        if (messages.attempt(
                () -> administration.addCategory(
                        new CatalogAdministration.NewCategory(serviceCode, parentId, newNames.names(), kind, queue),
                        language.isEnglish()),
                "catalog.category.added",
                newNames.getNameEs())) {
            newNames = new NamesForm();
        }
        categories = null;
    }

    public void select(CatalogAdminViews.Category category) {
        selectedId = category.id();
        editNames = NamesForm.of(null, category.nameEs(), category.nameEn());
        moveTo = category.parentId();
        routeQueue = category.queue();
        field = new FieldForm();
    }

    public void rename() {
        act(() -> administration.renameCategory(selectedId, editNames.names(), language.isEnglish()));
    }

    public void move() {
        act(() -> administration.moveCategory(selectedId, moveTo, language.isEnglish()));
    }

    public void deactivate() {
        act(() -> administration.deactivateCategory(selectedId, language.isEnglish()));
    }

    public void reactivate() {
        act(() -> administration.reactivateCategory(selectedId, language.isEnglish()));
    }

    public void route() {
        act(() -> desk.route(selectedId, routeQueue));
    }

    public void addField() {
        if (messages.attempt(
                () -> fieldSetup.add(selectedId, field.getKey(), field.definition()),
                "catalog.field.added",
                field.getKey())) {
            field = new FieldForm();
        }
        categories = null;
    }

    public void removeField(String key) {
        messages.attempt(() -> fieldSetup.remove(selectedId, key), "catalog.field.removed", key);
        categories = null;
    }

    private void act(Runnable action) {
        messages.attempt(action, "catalog.category.saved");
        categories = null;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public NamesForm getNewNames() {
        return newNames;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public NamesForm getEditNames() {
        return editNames;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    public String getRouteQueue() {
        return routeQueue;
    }

    public void setRouteQueue(String routeQueue) {
        this.routeQueue = routeQueue;
    }

    public FieldForm getField() {
        return field;
    }
}
