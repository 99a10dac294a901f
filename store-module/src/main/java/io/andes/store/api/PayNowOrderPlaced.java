package io.andes.store.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A store order to be paid online now (PAY_NOW) was placed: fired synchronously inside the order's transaction so that
 * billing issues its invoice for the prorated amount in the same transaction (both or neither). The order raises
 * nothing until {@link PaidOrders#activatePaid} is called for it.
 */
public record PayNowOrderPlaced(
        String orderId,
        String orderNumber,
        String subscriptionId,
        String currency,
        LocalDate activationDate,
        LocalDate periodEnd,
        List<Line> lines,
        BigDecimal net,
        BigDecimal taxPercent,
        BigDecimal tax,
        BigDecimal total) {

    public PayNowOrderPlaced {
        lines = List.copyOf(lines);
    }

    /** One prorated line of the order, as the invoice prints it. */
    public record Line(String productCode, String description, int quantity, BigDecimal amount) {}
}
