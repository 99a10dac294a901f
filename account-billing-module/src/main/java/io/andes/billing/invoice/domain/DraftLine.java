package io.andes.billing.invoice.domain;

import java.math.BigDecimal;

/** One line of an invoice draft: its amount at the currency's minor unit; a credit's is negative. */
public record DraftLine(
        LineKind kind,
        String productCode,
        String description,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        String sourceId) {}
