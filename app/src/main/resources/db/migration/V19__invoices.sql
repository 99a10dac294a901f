-- Renewal invoices (tenant-owned: tenant_id first in every key). The number (F-2026-000001) is sequential without
-- gaps across the platform: it comes from the billing_counter row of its year, locked and raised in the same
-- transaction as the invoice, so a rolled-back renewal gives its number back. One invoice per subscription period:
-- the unique (tenant_id, period_start) is the database's guarantee against two runners billing a period twice.
-- The tenant's billing data is copied onto the invoice when it is issued: later edits never change an issued one.

CREATE TABLE billing_counter (
    kind VARCHAR(16) NOT NULL,
    last_value INT NOT NULL,
    PRIMARY KEY (kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per tenant (id is always 1): "Mis datos de pago".
CREATE TABLE billing_profile (
    tenant_id VARCHAR(40) NOT NULL,
    id TINYINT NOT NULL,
    legal_name VARCHAR(200) NOT NULL,
    tax_id VARCHAR(20) NOT NULL,
    address VARCHAR(300) NULL,
    activity VARCHAR(200) NULL,
    email VARCHAR(254) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT ck_billing_profile_one CHECK (id = 1),
    CONSTRAINT fk_billing_profile_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invoice (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    number VARCHAR(20) NOT NULL,
    subscription_id CHAR(36) NOT NULL,
    status VARCHAR(12) NOT NULL,
    issued_at TIMESTAMP(6) NOT NULL,
    issue_date DATE NOT NULL,
    due_on DATE NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    currency CHAR(3) NOT NULL,
    net DECIMAL(18, 2) NOT NULL,
    tax_percent DECIMAL(5, 2) NOT NULL,
    tax DECIMAL(18, 2) NOT NULL,
    total DECIMAL(18, 2) NOT NULL,
    bill_legal_name VARCHAR(200) NOT NULL,
    bill_tax_id VARCHAR(20) NULL,
    bill_address VARCHAR(300) NULL,
    bill_activity VARCHAR(200) NULL,
    bill_email VARCHAR(254) NULL,
    bill_country CHAR(2) NOT NULL,
    voided_at TIMESTAMP(6) NULL,
    void_reason VARCHAR(500) NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_invoice_number (tenant_id, number),
    UNIQUE KEY uk_invoice_period (tenant_id, period_start),
    KEY ix_invoice_issued (tenant_id, issued_at),
    CONSTRAINT fk_invoice_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_invoice_status CHECK (status IN ('PENDIENTE', 'PAGADA', 'VENCIDA', 'ANULADA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- PLAN and ADDON lines charge the new period in advance; PRORATION lines the add-ons activated in the period that
-- ends (their pending charge); CREDIT lines are negative.
CREATE TABLE invoice_line (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    invoice_id CHAR(36) NOT NULL,
    position INT NOT NULL,
    kind VARCHAR(12) NOT NULL,
    product_code VARCHAR(40) NULL,
    description VARCHAR(300) NOT NULL,
    quantity INT NOT NULL,
    unit_price DECIMAL(18, 2) NULL,
    amount DECIMAL(18, 2) NOT NULL,
    source_id CHAR(36) NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_invoice_line (tenant_id, invoice_id, position),
    CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id),
    CONSTRAINT ck_invoice_line_kind CHECK (kind IN ('PLAN', 'ADDON', 'PRORATION', 'CREDIT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A voided invoice is answered by a credit note for its whole total (numbered NC-2026-000001, also without gaps).
CREATE TABLE credit_note (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    number VARCHAR(20) NOT NULL,
    invoice_id CHAR(36) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    currency CHAR(3) NOT NULL,
    total DECIMAL(18, 2) NOT NULL,
    issued_at TIMESTAMP(6) NOT NULL,
    issued_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_credit_note_number (tenant_id, number),
    UNIQUE KEY uk_credit_note_invoice (tenant_id, invoice_id),
    CONSTRAINT fk_credit_note_invoice FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per renewal run (scheduled or started by staff), for the staff monitor.
CREATE TABLE renewal_run (
    id CHAR(36) NOT NULL,
    started_at TIMESTAMP(6) NOT NULL,
    finished_at TIMESTAMP(6) NULL,
    started_by VARCHAR(200) NOT NULL,
    candidates INT NOT NULL,
    invoiced INT NOT NULL,
    skipped INT NOT NULL,
    failed INT NOT NULL,
    failures TEXT NULL,
    PRIMARY KEY (id),
    KEY ix_renewal_run_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
