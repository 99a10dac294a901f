package io.andes.portal;

import io.andes.ticketing.api.TicketViews;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The catalog's categories as the portal's choices: the leaves (the only categories a ticket can be opened in) with
 * their paths, and one service's categories as a tree whose only selectable nodes are leaves.
 */
public final class CategoryTree {

    private static final Comparator<CategoryChoice> BY_PATH =
            Comparator.comparing(CategoryChoice::path, String.CASE_INSENSITIVE_ORDER);

    private CategoryTree() {}

    /** Every leaf of every service, in path order, for the history's category filter. */
    public static List<CategoryChoice> leaves(TicketViews.Catalog catalog) {
        return catalog.categories().stream()
                .filter(TicketViews.Category::leaf)
                .map(CategoryChoice::of)
                .sorted(BY_PATH)
                .toList();
    }

    /** The categories of {@code serviceCode} under an invisible root; branches are expanded and not selectable. */
    public static TreeNode<CategoryChoice> of(TicketViews.Catalog catalog, String serviceCode) {
        TreeNode<CategoryChoice> root = new DefaultTreeNode<>(null, null);
        List<TicketViews.Category> ofService = catalog.categories().stream()
                .filter(category -> category.serviceCode().equals(serviceCode))
                .toList();
        addChildren(root, null, ofService, 0);
        return root;
    }

    private static void addChildren(
            TreeNode<CategoryChoice> node, Long parentId, List<TicketViews.Category> categories, int depth) {
        if (depth > 20) {
            return; // a cycle in the catalog must not hang the page
        }
        categories.stream()
                .filter(category -> Objects.equals(category.parentId(), parentId))
                .map(CategoryChoice::of)
                .sorted(Comparator.comparing(CategoryChoice::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(choice -> {
                    TreeNode<CategoryChoice> child = new DefaultTreeNode<>(choice, node);
                    child.setSelectable(choice.leaf());
                    child.setExpanded(true);
                    addChildren(child, choice.id(), categories, depth + 1);
                });
    }
}
