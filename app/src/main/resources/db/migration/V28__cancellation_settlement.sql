-- Cancellation settlements: the subscription ends on the notice date of the cancellation ticket (no renewal after
-- it), the pending charges go on a settlement invoice (kind TERMINO, beside the renewal invoices: one of each kind per
-- period start and source; store orders paid at once are kind ORDEN, one per order), and one settlement per tenant
-- records what was credited and invoiced.
ALTER TABLE subscription ADD COLUMN ended_on DATE NULL;

ALTER TABLE invoice ADD COLUMN kind VARCHAR(12) NOT NULL DEFAULT 'RENOVACION';
ALTER TABLE invoice ADD UNIQUE KEY uk_invoice_kind_period (tenant_id, kind, period_start, source_key);
ALTER TABLE invoice DROP INDEX uk_invoice_period;
ALTER TABLE invoice ADD CONSTRAINT ck_invoice_kind CHECK (kind IN ('RENOVACION', 'TERMINO', 'ORDEN'));
UPDATE invoice SET kind = 'ORDEN' WHERE order_id IS NOT NULL;

CREATE TABLE cancellation_settlement (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    ticket_number VARCHAR(20) NOT NULL,
    effective_date DATE NOT NULL,
    refund BOOLEAN NOT NULL,
    currency CHAR(3) NOT NULL,
    credit DECIMAL(18, 2) NOT NULL,
    pending_charges DECIMAL(18, 2) NOT NULL,
    balance_applied DECIMAL(18, 2) NOT NULL,
    credit_note_id CHAR(36) NULL,
    invoice_id CHAR(36) NULL,
    executed_by VARCHAR(200) NOT NULL,
    executed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_cancellation_settlement_tenant (tenant_id),
    CONSTRAINT fk_cancellation_settlement_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_cancellation_settlement_note FOREIGN KEY (tenant_id, credit_note_id)
        REFERENCES credit_note (tenant_id, id),
    CONSTRAINT fk_cancellation_settlement_invoice FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
