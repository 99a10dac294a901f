package io.andes.portal;

import io.andes.ticketing.api.TicketViews;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.TreeNode;

/**
 * The service and the final category a user picks on a form ("Nuevo ticket", each item of "Nueva solicitud"): the
 * service's category tree, the chosen node and its path, and the values of the chosen category's fields.
 */
public class CategoryPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private String serviceCode;
    private TreeNode<CategoryChoice> categories;
    private TreeNode<CategoryChoice> selectedCategory;
    private final Map<String, String> fieldValues = new HashMap<>();

    /** A new service offers its own categories, and none is chosen yet. */
    public void serviceChanged(TicketViews.Catalog catalog) {
        clearCategory();
        categories = serviceCode == null ? null : CategoryTree.of(catalog, serviceCode);
    }

    public void clearCategory() {
        selectedCategory = null;
        fieldValues.clear();
    }

    /** The fields the chosen category asks for; none while no category is chosen. */
    public List<CategoryChoice.FieldChoice> getFields() {
        return chosen() ? selectedCategory.getData().fields() : List.of();
    }

    /** What the user typed in each field, by key (bound by the page). */
    public Map<String, String> getFieldValues() {
        return fieldValues;
    }

    /** The values of the chosen category's fields only, for the use case to check. */
    public Map<String, String> filledFields() {
        Map<String, String> filled = new HashMap<>();
        getFields().forEach(field -> {
            String value = fieldValues.get(field.key());
            if (value != null && !value.isBlank()) {
                filled.put(field.key(), value);
            }
        });
        return filled;
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
