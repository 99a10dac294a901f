package io.andes.store.api;

import io.andes.core.api.EntitlementView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The store as clients see it. Amounts are in the tenant's currency at its minor unit; prorated amounts are what the
 * next renewal invoice charges for the rest of the running period, recurring amounts what each period costs after it.
 */
public final class StoreViews {

    private StoreViews() {}

    /** An add-on on sale with its price per period in the tenant's currency, from the running period. */
    public record Product(
            String code,
            String name,
            String entitlementType,
            int unitsPerQuantity,
            int maxQuantity,
            String currency,
            String billingPeriod,
            BigDecimal unitPrice,
            int owned) {}

    public record Quote(
            String currency,
            String billingPeriod,
            LocalDate activationDate,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate nextRenewal,
            BigDecimal taxPercent,
            List<QuoteLine> lines,
            Totals prorated,
            Totals recurring,
            String fingerprint) {}

    public record QuoteLine(
            String product,
            String name,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal renewalUnitPrice,
            long daysRemaining,
            long daysInPeriod,
            BigDecimal prorated,
            BigDecimal recurring,
            String description) {}

    public record Totals(BigDecimal net, BigDecimal tax, BigDecimal total) {}

    public record Order(
            String id,
            String number,
            String mode,
            String status,
            String orderedBy,
            Instant orderedAt,
            Instant activatedAt,
            String currency,
            BigDecimal taxPercent,
            List<QuoteLine> lines,
            Totals prorated,
            BigDecimal recurringNet,
            String quoteFingerprint) {}

    public record OrderSummary(
            String id,
            String number,
            String mode,
            String status,
            String orderedBy,
            Instant orderedAt,
            String currency,
            BigDecimal proratedTotal) {}

    public record PendingCharge(
            String id,
            String orderId,
            String description,
            String currency,
            BigDecimal amount,
            LocalDate dueOn,
            String status,
            Instant createdAt) {}

    public record SubscribedAddOn(String product, String name, int quantity, int renewalQuantity) {}

    public record Subscription(
            String plan,
            String planName,
            String billingPeriod,
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate nextRenewal,
            BigDecimal planPrice,
            List<SubscribedAddOn> addOns,
            List<EntitlementView> limits) {}

    /** A price of the catalog as staff see it: the one in force today, or one scheduled from a later date. */
    public record CatalogPrice(
            String kind,
            String product,
            String name,
            String billingPeriod,
            String currency,
            BigDecimal amount,
            LocalDate validFrom,
            boolean inForce) {}

    /** What staff look subscriptions up by; every part optional. Renewal dates are the period ends. */
    public record SubscriptionSearch(
            String tenant,
            String plan,
            String billingPeriod,
            String addOn,
            LocalDate renewalFrom,
            LocalDate renewalTo) {}

    /** A subscription in the staff list: tenant, plan, running period (its end is the next renewal), add-ons. */
    public record SubscriptionRow(
            String tenant,
            String legalName,
            String country,
            String zone,
            String plan,
            String planName,
            String billingPeriod,
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd,
            String addOns) {}
}
