-- Paid urgent support: a one-off service of the catalog (price kind SERVICE, same price for monthly and annual
-- subscriptions), bought by a tenant-admin for one ticket and charged on the next renewal as a pending charge that
-- no store order leaves (source_ref names what it pays for, charged once).
ALTER TABLE store_price DROP CONSTRAINT ck_store_price_kind;
ALTER TABLE store_price ADD CONSTRAINT ck_store_price_kind CHECK (product_kind IN ('PLAN', 'ADDON', 'SERVICE'));

INSERT INTO store_price (product_kind, product_code, billing_period, currency, valid_from, amount, created_at) VALUES
    ('SERVICE', 'urgent-support', 'MONTHLY', 'CLP', '2020-01-01', 35000, UTC_TIMESTAMP(6)),
    ('SERVICE', 'urgent-support', 'MONTHLY', 'COP', '2020-01-01', 150000, UTC_TIMESTAMP(6)),
    ('SERVICE', 'urgent-support', 'MONTHLY', 'MXN', '2020-01-01', 700, UTC_TIMESTAMP(6)),
    ('SERVICE', 'urgent-support', 'MONTHLY', 'USD', '2020-01-01', 39.90, UTC_TIMESTAMP(6)),
    ('SERVICE', 'urgent-support', 'ANNUAL', 'CLP', '2020-01-01', 35000, UTC_TIMESTAMP(6)),
    ('SERVICE', 'urgent-support', 'ANNUAL', 'COP', '2020-01-01', 150000, UTC_TIMESTAMP(6)),
    ('SERVICE', 'urgent-support', 'ANNUAL', 'MXN', '2020-01-01', 700, UTC_TIMESTAMP(6)),
    ('SERVICE', 'urgent-support', 'ANNUAL', 'USD', '2020-01-01', 39.90, UTC_TIMESTAMP(6));

ALTER TABLE pending_charge DROP FOREIGN KEY fk_pending_charge_line;
ALTER TABLE pending_charge
    MODIFY order_id CHAR(36) NULL,
    MODIFY order_line_id CHAR(36) NULL,
    ADD COLUMN source_ref VARCHAR(80) NULL,
    ADD UNIQUE KEY uk_pending_charge_source (tenant_id, source_ref),
    ADD CONSTRAINT ck_pending_charge_origin CHECK (order_line_id IS NOT NULL OR source_ref IS NOT NULL);
ALTER TABLE pending_charge
    ADD CONSTRAINT fk_pending_charge_line FOREIGN KEY (tenant_id, order_line_id)
        REFERENCES store_order_line (tenant_id, id);

-- One purchase per ticket; a retried purchase under the same Idempotency-Key answers with the first.
CREATE TABLE urgent_purchase (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    ticket_number VARCHAR(20) NOT NULL,
    idempotency_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    mode VARCHAR(12) NOT NULL,
    currency CHAR(3) NOT NULL,
    amount DECIMAL(18, 2) NOT NULL,
    pending_charge_id CHAR(36) NULL,
    purchased_by VARCHAR(200) NOT NULL,
    purchased_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_urgent_purchase_ticket (tenant_id, ticket_number),
    UNIQUE KEY uk_urgent_purchase_idempotency (tenant_id, idempotency_key),
    KEY ix_urgent_purchase_time (tenant_id, purchased_at),
    CONSTRAINT fk_urgent_purchase_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_urgent_purchase_mode CHECK (mode IN ('RENEWAL', 'CHARGE_NOW')),
    CONSTRAINT ck_urgent_purchase_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A credit proposed to billing staff when a paid urgent ticket misses its SLA; staff accept it (a credit note) or
-- reject it with a reason. One per ticket.
CREATE TABLE credit_proposal (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    ticket_number VARCHAR(20) NOT NULL,
    purchase_id CHAR(36) NOT NULL,
    currency CHAR(3) NOT NULL,
    amount DECIMAL(18, 2) NOT NULL,
    detail VARCHAR(500) NOT NULL,
    status VARCHAR(10) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    decided_by VARCHAR(200) NULL,
    decided_at TIMESTAMP(6) NULL,
    decision_reason VARCHAR(500) NULL,
    credit_note_id CHAR(36) NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_credit_proposal_ticket (tenant_id, ticket_number),
    KEY ix_credit_proposal_status (tenant_id, status, created_at),
    CONSTRAINT fk_credit_proposal_purchase FOREIGN KEY (tenant_id, purchase_id) REFERENCES urgent_purchase (tenant_id, id),
    CONSTRAINT fk_credit_proposal_note FOREIGN KEY (tenant_id, credit_note_id) REFERENCES credit_note (tenant_id, id),
    CONSTRAINT ck_credit_proposal_status CHECK (status IN ('PROPUESTA', 'ACEPTADA', 'RECHAZADA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
