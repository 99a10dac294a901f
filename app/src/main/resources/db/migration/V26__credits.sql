-- Credit notes issued by billing staff (cobro indebido, falla de servicio, cancellation settlements, missed urgent
-- SLA), besides the one that answers a voided invoice: against an invoice or standalone, linked to the claim ticket.
-- Their amount is net of tax: the balance it feeds is deducted from the next invoice's net, before its tax.
ALTER TABLE credit_note ADD KEY ix_credit_note_invoice (tenant_id, invoice_id);
ALTER TABLE credit_note DROP INDEX uk_credit_note_invoice;
ALTER TABLE credit_note DROP FOREIGN KEY fk_credit_note_invoice;
ALTER TABLE credit_note MODIFY invoice_id CHAR(36) NULL;
ALTER TABLE credit_note
    ADD CONSTRAINT fk_credit_note_invoice FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
    ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'ANULACION',
    ADD COLUMN ticket_number VARCHAR(20) NULL,
    ADD COLUMN outage_from DATE NULL,
    ADD COLUMN outage_to DATE NULL,
    ADD COLUMN destination VARCHAR(8) NULL,
    ADD CONSTRAINT ck_credit_note_kind
        CHECK (kind IN ('ANULACION', 'COBRO_INDEBIDO', 'FALLA_SERVICIO', 'TERMINO', 'SLA_URGENTE')),
    ADD CONSTRAINT ck_credit_note_destination CHECK (destination IS NULL OR destination IN ('BALANCE', 'REFUND')),
    ADD CONSTRAINT ck_credit_note_outage
        CHECK (kind <> 'FALLA_SERVICIO' OR (outage_from IS NOT NULL AND outage_to >= outage_from));

-- The tenant's credit balance as a ledger: a credit note adds to it (CREDIT_NOTE), an invoice that uses it takes
-- from it (APPLIED, negative); the balance is their sum, exact in the currency's minor unit. A credit note refunded
-- to the card instead leaves a REFUND_REQUESTED entry (not part of the balance) for the payment gateway to execute.
CREATE TABLE credit_ledger (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    entry_kind VARCHAR(16) NOT NULL,
    currency CHAR(3) NOT NULL,
    amount DECIMAL(18, 2) NOT NULL,
    credit_note_id CHAR(36) NULL,
    invoice_id CHAR(36) NULL,
    description VARCHAR(300) NOT NULL,
    refund_status VARCHAR(8) NULL,
    refund_reference VARCHAR(100) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_credit_ledger_kind (tenant_id, entry_kind, created_at),
    KEY ix_credit_ledger_note (tenant_id, credit_note_id),
    CONSTRAINT fk_credit_ledger_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_credit_ledger_note FOREIGN KEY (tenant_id, credit_note_id) REFERENCES credit_note (tenant_id, id),
    CONSTRAINT fk_credit_ledger_invoice FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
    CONSTRAINT ck_credit_ledger_kind CHECK (entry_kind IN ('CREDIT_NOTE', 'APPLIED', 'REFUND_REQUESTED')),
    CONSTRAINT ck_credit_ledger_sign CHECK ((entry_kind = 'APPLIED') = (amount < 0)),
    CONSTRAINT ck_credit_ledger_refund CHECK ((entry_kind = 'REFUND_REQUESTED') = (refund_status IS NOT NULL)
        AND (refund_status IS NULL OR refund_status IN ('PENDING', 'DONE')))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
