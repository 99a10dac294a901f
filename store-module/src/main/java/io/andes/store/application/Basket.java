package io.andes.store.application;

import java.util.List;

/**
 * What a buyer asks for: add-ons by product code and quantity, and optionally the currency they expect (which must be
 * their tenant's).
 */
public record Basket(List<Item> items, String currency) {

    public Basket {
        items = List.copyOf(items);
    }

    public record Item(String product, int quantity) {}

    /** A canonical text of the request, for telling a retry from another purchase under the same key. */
    String canonical() {
        StringBuilder text = new StringBuilder();
        items.forEach(
                i -> text.append(i.product()).append('=').append(i.quantity()).append(';'));
        return text.toString();
    }
}
