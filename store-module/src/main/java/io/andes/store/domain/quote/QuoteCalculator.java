package io.andes.store.domain.quote;

import io.andes.store.domain.money.Money;
import io.andes.store.domain.money.Proration;
import io.andes.store.domain.subscription.BillingCycle;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;

/** Prices a basket per DESIGN.md "Money": prorated lines by days, recurring lines, tax on each net total. */
public final class QuoteCalculator {

    private QuoteCalculator() {}

    public static Quote quote(
            List<QuoteItem> items, BillingCycle cycle, LocalDate today, Currency currency, BigDecimal taxPercent) {
        Proration proration = new Proration(today, cycle.start(), cycle.end());
        List<QuoteLine> lines = new ArrayList<>();
        Money proratedNet = Money.zero(currency);
        Money recurringNet = Money.zero(currency);
        for (QuoteItem item : items) {
            requireCurrency(item, currency);
            Money prorated = proration.amount(item.unitPrice(), item.quantity());
            Money recurring = item.renewalUnitPrice().times(item.quantity());
            lines.add(new QuoteLine(
                    item.addOn(),
                    item.quantity(),
                    item.unitPrice(),
                    item.renewalUnitPrice(),
                    proration,
                    prorated,
                    recurring));
            proratedNet = proratedNet.plus(prorated);
            recurringNet = recurringNet.plus(recurring);
        }
        Money proratedTax = proratedNet.percent(taxPercent);
        Money recurringTax = recurringNet.percent(taxPercent);
        return new Quote(
                lines,
                taxPercent,
                proratedNet,
                proratedTax,
                recurringNet,
                recurringTax,
                fingerprint(lines, taxPercent, proratedTax, recurringTax));
    }

    private static void requireCurrency(QuoteItem item, Currency currency) {
        if (!item.unitPrice().currency().equals(currency)
                || !item.renewalUnitPrice().currency().equals(currency)) {
            throw new IllegalArgumentException("Every price of a quote is in " + currency);
        }
    }

    /** A digest of every figure of the quote, in a fixed order. */
    private static String fingerprint(
            List<QuoteLine> lines, BigDecimal taxPercent, Money proratedTax, Money recurringTax) {
        StringBuilder text = new StringBuilder("v1|")
                .append(taxPercent.stripTrailingZeros().toPlainString())
                .append('|')
                .append(proratedTax)
                .append('|')
                .append(recurringTax);
        for (QuoteLine line : lines) {
            text.append('|')
                    .append(line.addOn().code())
                    .append(':')
                    .append(line.quantity())
                    .append(':')
                    .append(line.unitPrice())
                    .append(':')
                    .append(line.renewalUnitPrice())
                    .append(':')
                    .append(line.proration())
                    .append(':')
                    .append(line.prorated())
                    .append(':')
                    .append(line.recurring());
        }
        return sha256(text.toString());
    }

    /** The SHA-256 of {@code text} in hex: quote fingerprints and digests of purchase requests. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
