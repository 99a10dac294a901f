package io.andes.admin;

import io.andes.billing.advisor.application.QuoteDraft;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's quote form: any number of lines (up to the quote's limit) of product, quantity and note, added and
 * removed at will; a line without a product is left out.
 */
public class QuoteForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_LINES = 20;

    /** One editable line. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private String product;
        private Integer quantity;
        private String note;

        public String getProduct() {
            return product;
        }

        public void setProduct(String product) {
            this.product = product;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    private final List<Line> lines = new ArrayList<>(List.of(new Line()));
    private String note;

    QuoteDraft draft() {
        return new QuoteDraft(
                lines.stream()
                        .filter(l -> l.product != null && !l.product.isBlank())
                        .map(l -> new QuoteDraft.Line(l.product, l.quantity == null ? 0 : l.quantity, l.note))
                        .toList(),
                note);
    }

    public void add() {
        if (lines.size() < MAX_LINES) {
            lines.add(new Line());
        }
    }

    /** Removes the line; the form keeps one, emptied. */
    public void remove(Line line) {
        lines.remove(line);
        if (lines.isEmpty()) {
            lines.add(new Line());
        }
    }

    public boolean isFull() {
        return lines.size() >= MAX_LINES;
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
