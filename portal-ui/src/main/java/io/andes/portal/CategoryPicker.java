package io.andes.portal;

import io.andes.ticketing.api.TicketViews;
import java.io.Serializable;
import org.primefaces.model.TreeNode;

/**
 * The service and the final category a user picks on a form ("Nuevo ticket", each item of "Nueva solicitud"): the
 * service's category tree, the chosen node and its path.
 */
public class CategoryPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private String serviceCode;
    private TreeNode<CategoryChoice> categories;
    private TreeNode<CategoryChoice> selectedCategory;

    /** A new service offers its own categories, and none is chosen yet. */
    public void serviceChanged(TicketViews.Catalog catalog) {
        selectedCategory = null;
        categories = serviceCode == null ? null : CategoryTree.of(catalog, serviceCode);
    }

    public void clearCategory() {
        selectedCategory = null;
    }

    /** The chosen category's id; {@code null} when none is chosen (the use case says so to the user). */
    public Long chosenCategoryId() {
        return chosen() ? selectedCategory.getData().id() : null;
    }

    public String getChosenPath() {
        return chosen() ? selectedCategory.getData().path() : "";
    }

    private boolean chosen() {
        return selectedCategory != null && selectedCategory.getData() != null;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public TreeNode<CategoryChoice> getCategories() {
        return categories;
    }

    public TreeNode<CategoryChoice> getSelectedCategory() {
        return selectedCategory;
    }

    public void setSelectedCategory(TreeNode<CategoryChoice> selectedCategory) {
        this.selectedCategory = selectedCategory;
    }
}
