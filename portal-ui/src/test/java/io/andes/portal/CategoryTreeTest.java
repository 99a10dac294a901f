package io.andes.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.ticketing.api.TicketViews;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

class CategoryTreeTest {

    private static final TicketViews.Catalog CATALOG = new TicketViews.Catalog(
            List.of(new TicketViews.Service("ERP", "ERP"), new TicketViews.Service("WEB", "Sitio web")),
            List.of(
                    new TicketViews.Category(1, null, "ERP", "Facturación", "Facturación", false, "SUPPORT", List.of()),
                    new TicketViews.Category(
                            2,
                            1L,
                            "ERP",
                            "Notas de crédito",
                            "Facturación › Notas de crédito",
                            true,
                            "SUPPORT",
                            List.of()),
                    new TicketViews.Category(
                            3, 1L, "ERP", "Boletas", "Facturación › Boletas", true, "SUPPORT", List.of()),
                    new TicketViews.Category(4, null, "ERP", "Acceso", "Acceso", true, "SUPPORT", List.of()),
                    new TicketViews.Category(5, null, "WEB", "Dominio", "Dominio", true, "SUPPORT", List.of())));

    @Test
    void leavesOfEveryServiceComeInPathOrder() {
        assertThat(CategoryTree.leaves(CATALOG))
                .extracting(CategoryChoice::path)
                .containsExactly("Acceso", "Dominio", "Facturación › Boletas", "Facturación › Notas de crédito");
    }

    @Test
    void treeHoldsOnlyTheChosenServicesCategories() {
        TreeNode<CategoryChoice> root = CategoryTree.of(CATALOG, "ERP");

        assertThat(root.getChildren())
                .extracting(node -> node.getData().name())
                .containsExactly("Acceso", "Facturación");
        assertThat(root.getChildren().get(1).getChildren())
                .extracting(node -> node.getData().id())
                .containsExactly(3L, 2L);
    }

    @Test
    void onlyLeavesCanBeSelected() {
        TreeNode<CategoryChoice> root = CategoryTree.of(CATALOG, "ERP");
        TreeNode<CategoryChoice> billing = root.getChildren().get(1);

        assertThat(billing.isSelectable()).isFalse();
        assertThat(billing.isExpanded()).isTrue();
        assertThat(billing.getChildren()).allMatch(TreeNode::isSelectable);
        assertThat(root.getChildren().get(0).isSelectable()).isTrue();
    }

    @Test
    void unknownServiceHasAnEmptyTree() {
        assertThat(CategoryTree.of(CATALOG, "NONE").getChildren()).isEmpty();
    }
}
