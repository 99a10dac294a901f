package io.andes.admin;

import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.application.CatalogAdministration;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Catálogo", services: the vendor's products tickets are about; platform admins add, rename and deactivate them. */
@Named("catalogServicesView")
@ViewScoped
public class CatalogServicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogAdministration administration;

    @Inject
    ConsoleMessages messages;

    private NamesForm added = new NamesForm();
    private NamesForm edited;
    private boolean editedActive;
    private transient List<CatalogAdminViews.Service> services;

    public List<CatalogAdminViews.Service> getServices() {
        if (services == null) {
            services = administration.services();
        }
        return services;
    }

    public void add() {
        if (messages.attempt(
                () -> administration.addService(added.getCode(), added.names()),
                "catalog.service.added",
                added.getCode())) {
            added = new NamesForm();
        }
        services = null;
    }

    public void edit(CatalogAdminViews.Service service) {
        edited = NamesForm.of(service.code(), service.nameEs(), service.nameEn());
        editedActive = service.active();
    }

    public void save() {
        if (messages.attempt(
                () -> administration.changeService(edited.getCode(), edited.names(), editedActive),
                "catalog.service.saved",
                edited.getCode())) {
            edited = null;
        }
        services = null;
    }

    public void cancel() {
        edited = null;
    }

    public NamesForm getAdded() {
        return added;
    }

    public NamesForm getEdited() {
        return edited;
    }

    public boolean isEditedActive() {
        return editedActive;
    }

    public void setEditedActive(boolean editedActive) {
        this.editedActive = editedActive;
    }
}
