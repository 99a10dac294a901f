package io.andes.billing.payment.domain;

import io.andes.core.api.TenantSummary;

/** Renders the receipt of a payment (a PDF in Spanish, like the invoice). */
public interface ReceiptDocument {

    byte[] render(Payment payment, TenantSummary tenant);
}
