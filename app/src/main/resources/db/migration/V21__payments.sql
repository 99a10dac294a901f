-- Payments (issue 6). Every table is tenant-owned (tenant_id first in every key) except stripe_event, the platform's
-- ledger of the gateway's events: its primary key on the event id is the guarantee that a replayed event is applied
-- once.

-- An invoice can now also be issued at once for a store order paid online (PAY_NOW): such an invoice names its order,
-- and the one-invoice-per-period key holds per source (source_key: RENEWAL, or the order's id).
ALTER TABLE invoice
    ADD COLUMN order_id CHAR(36) NULL,
    ADD COLUMN paid_at TIMESTAMP(6) NULL,
    ADD COLUMN source_key VARCHAR(36) NOT NULL DEFAULT 'RENEWAL';
ALTER TABLE invoice
    DROP INDEX uk_invoice_period,
    ADD UNIQUE KEY uk_invoice_period (tenant_id, period_start, source_key);

-- One row per tenant (id is always 1): the gateway's customer, the card on file and whether renewals are paid with
-- it automatically ("Mis tarjetas / Pago automático").
CREATE TABLE payment_account (
    tenant_id VARCHAR(40) NOT NULL,
    id TINYINT NOT NULL,
    gateway VARCHAR(20) NOT NULL,
    customer_id VARCHAR(100) NULL,
    card_ref VARCHAR(100) NULL,
    card_label VARCHAR(100) NULL,
    auto_pay BOOLEAN NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT ck_payment_account_one CHECK (id = 1),
    CONSTRAINT fk_payment_account_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per attempt to pay an invoice: a checkout, an automatic charge of the card on file, a bank transfer.
-- attempt is the invoice's attempt sequence: the gateway's idempotency key is derived from (invoice, attempt), so a
-- retried call after a failure or rollback reaches the same gateway object instead of charging twice.
CREATE TABLE payment (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    invoice_id CHAR(36) NOT NULL,
    invoice_number VARCHAR(20) NOT NULL,
    attempt INT NOT NULL,
    method VARCHAR(12) NOT NULL,
    gateway VARCHAR(20) NOT NULL,
    amount DECIMAL(18, 2) NOT NULL,
    currency CHAR(3) NOT NULL,
    status VARCHAR(12) NOT NULL,
    checkout_id VARCHAR(200) NULL,
    checkout_url VARCHAR(1000) NULL,
    gateway_payment_id VARCHAR(200) NULL,
    reference VARCHAR(200) NULL,
    failure VARCHAR(500) NULL,
    started_by VARCHAR(200) NOT NULL,
    started_at TIMESTAMP(6) NOT NULL,
    settled_at TIMESTAMP(6) NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_payment_attempt (tenant_id, invoice_id, attempt),
    KEY ix_payment_started (tenant_id, started_at),
    KEY ix_payment_checkout (tenant_id, checkout_id),
    CONSTRAINT fk_payment_invoice FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
    CONSTRAINT ck_payment_method CHECK (method IN ('CARD', 'TRANSFER', 'SANDBOX')),
    CONSTRAINT ck_payment_status CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Automatic payment of renewal invoices with the card on file: one row per invoice, due at next_attempt_at; the job
-- claims due rows with FOR UPDATE SKIP LOCKED, so two instances never charge the same invoice at once. After the
-- last retry the invoice is overdue and the row stays as the flag billing staff see (flagged_at).
CREATE TABLE auto_charge (
    tenant_id VARCHAR(40) NOT NULL,
    invoice_id CHAR(36) NOT NULL,
    failures INT NOT NULL,
    next_attempt_at TIMESTAMP(6) NULL,
    first_failure_at TIMESTAMP(6) NULL,
    last_failure VARCHAR(500) NULL,
    flagged_at TIMESTAMP(6) NULL,
    PRIMARY KEY (tenant_id, invoice_id),
    KEY ix_auto_charge_due (next_attempt_at),
    CONSTRAINT fk_auto_charge_invoice FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stripe_event (
    id VARCHAR(100) NOT NULL,
    type VARCHAR(100) NOT NULL,
    tenant_id VARCHAR(40) NULL,
    received_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
