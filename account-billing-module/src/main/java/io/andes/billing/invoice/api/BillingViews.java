package io.andes.billing.invoice.api;

import io.andes.store.api.StoreViews;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Invoices, the next-invoice preview, billing data, the account page and renewal runs as clients see them. */
public final class BillingViews {

    private BillingViews() {}

    public record Line(
            int position,
            String kind,
            String product,
            String description,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal amount) {}

    public record BilledTo(String legalName, String taxId, String address, String activity, String email) {}

    /** What the next renewal will invoice, line for line: equal to the invoice it issues. */
    public record Draft(
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate renewalDate,
            List<Line> lines,
            BigDecimal net,
            BigDecimal taxPercent,
            BigDecimal tax,
            BigDecimal total) {}

    public record InvoiceSummary(
            String number,
            String status,
            LocalDate issueDate,
            LocalDate dueOn,
            LocalDate periodStart,
            LocalDate periodEnd,
            String currency,
            BigDecimal total) {}

    public record Invoice(
            String number,
            String status,
            Instant issuedAt,
            LocalDate issueDate,
            LocalDate dueOn,
            LocalDate periodStart,
            LocalDate periodEnd,
            String currency,
            List<Line> lines,
            BigDecimal net,
            BigDecimal taxPercent,
            BigDecimal tax,
            BigDecimal total,
            BilledTo billedTo,
            String voidReason,
            String creditNote) {}

    public record BillingData(
            String legalName, String taxId, String address, String activity, String email, boolean saved) {}

    public record Account(
            StoreViews.Subscription subscription, LocalDate nextRenewal, Draft nextInvoice, BillingData billingData) {}

    public record Run(
            String id,
            Instant startedAt,
            Instant finishedAt,
            String startedBy,
            int candidates,
            int invoiced,
            int skipped,
            int failed,
            String failures) {}

    /** What staff filter the invoices of every tenant by; every part optional. Dates are issue dates. */
    public record InvoiceSearch(String tenant, String status, LocalDate issuedFrom, LocalDate issuedTo) {}

    /** An invoice in the staff list, with its tenant and what its dates and amounts read in. */
    public record StaffInvoiceRow(
            String tenant,
            String legalName,
            String country,
            String zone,
            String number,
            String status,
            LocalDate issueDate,
            LocalDate dueOn,
            LocalDate periodStart,
            LocalDate periodEnd,
            String currency,
            BigDecimal total) {}
}
