package io.andes.billing.advisor.application;

import java.util.List;

/** A quote as the advisor writes it: lines of store product codes with quantities, and a note for the tenant. */
public record QuoteDraft(List<Line> lines, String note) {

    public QuoteDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(String product, int quantity, String note) {}
}
