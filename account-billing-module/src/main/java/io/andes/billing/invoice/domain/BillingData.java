package io.andes.billing.invoice.domain;

/**
 * The billing data printed on an invoice: legal name, tax id (validated for the country), address, activity and the
 * billing e-mail. Copied onto each invoice when it is issued, so later edits never change an issued one.
 */
public record BillingData(
        String legalName, String taxId, String address, String activity, String email, String country) {}
