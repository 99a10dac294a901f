package io.andes.store.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one renewal of a subscription charges, as the store knows it: the plan and the add-ons (at their quantities
 * from the next renewal) for the new period in advance, at the prices in force on its first day, and the prorated
 * charges left by the period that ends. Amounts are net, in the subscription's currency at its minor unit; names and
 * descriptions in Spanish, as invoices print them.
 */
public record Renewal(
        String subscriptionId,
        String currency,
        String country,
        BigDecimal taxPercent,
        LocalDate endingPeriodStart,
        LocalDate periodStart,
        LocalDate periodEnd,
        Item plan,
        List<Item> addOns,
        List<Charge> prorations) {

    public Renewal {
        addOns = List.copyOf(addOns);
        prorations = List.copyOf(prorations);
    }

    /** A product charged for the whole new period: {@code quantity × unitPrice}. */
    public record Item(String code, String name, int quantity, BigDecimal unitPrice) {}

    /** A prorated amount of the period that ends, described as the invoice prints it. */
    public record Charge(String id, String description, BigDecimal amount) {}
}
