package io.andes.admin;

import io.andes.billing.advisor.application.QuoteDraft;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The console's quote form: a few lines of product, quantity and note; a line without a product is left out. */
public class QuoteForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LINES = 3;

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

    private final List<Line> lines =
            new ArrayList<>(IntStream.range(0, LINES).mapToObj(i -> new Line()).toList());
    private String note;

    QuoteDraft draft() {
        return new QuoteDraft(
                lines.stream()
                        .filter(l -> l.product != null && !l.product.isBlank())
                        .map(l -> new QuoteDraft.Line(l.product, l.quantity == null ? 0 : l.quantity, l.note))
                        .toList(),
                note);
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
