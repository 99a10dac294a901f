package io.andes.portal;

import io.andes.store.application.Basket;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The store page's cart: one line per add-on, in the order they were added, each with its quantity. */
public class StoreCart implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Line> lines = new ArrayList<>();

    /** Adds one unit of the add-on: a new line, or one more on its line. */
    void add(String product, String name) {
        for (Line line : lines) {
            if (line.product.equals(product)) {
                line.quantity++;
                return;
            }
        }
        lines.add(new Line(product, name));
    }

    /** Sets the add-on's quantity: a new line, or the given quantity on its line. */
    void put(String product, String name, int quantity) {
        for (Line line : lines) {
            if (line.product.equals(product)) {
                line.quantity = quantity;
                return;
            }
        }
        Line line = new Line(product, name);
        line.quantity = quantity;
        lines.add(line);
    }

    void remove(Line line) {
        lines.remove(line);
    }

    void clear() {
        lines.clear();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public List<Line> getLines() {
        return lines;
    }

    Basket basket() {
        return new Basket(
                lines.stream()
                        .map(line -> new Basket.Item(line.product, line.quantity == null ? 0 : line.quantity))
                        .toList(),
                null);
    }

    /** One add-on in the cart; its quantity is edited on the page. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String product;
        private final String name;
        private Integer quantity = 1;

        Line(String product, String name) {
            this.product = product;
            this.name = name;
        }

        public String getProduct() {
            return product;
        }

        public String getName() {
            return name;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }
}
