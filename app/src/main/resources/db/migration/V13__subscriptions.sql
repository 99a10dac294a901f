-- Subscriptions and store orders (tenant-owned: tenant_id first in every key). One subscription per tenant; its
-- current period runs from period_start (inclusive) to period_end (exclusive, the next renewal date), both dates in
-- the tenant's time zone. Add-on quantities: what is active now and what applies from the next renewal.

CREATE TABLE subscription (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    plan_code VARCHAR(40) NOT NULL,
    billing_period VARCHAR(8) NOT NULL,
    currency CHAR(3) NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_subscription_tenant (tenant_id),
    CONSTRAINT fk_subscription_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_subscription_plan FOREIGN KEY (plan_code) REFERENCES plan (code),
    CONSTRAINT ck_subscription_period CHECK (billing_period IN ('MONTHLY', 'ANNUAL')),
    CONSTRAINT ck_subscription_dates CHECK (period_end > period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subscription_addon (
    tenant_id VARCHAR(40) NOT NULL,
    addon_code VARCHAR(40) NOT NULL,
    quantity INT NOT NULL,
    renewal_quantity INT NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, addon_code),
    CONSTRAINT fk_subscription_addon_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_subscription_addon_addon FOREIGN KEY (addon_code) REFERENCES store_addon (code),
    CONSTRAINT ck_subscription_addon_quantities CHECK (quantity >= 0 AND renewal_quantity >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An order: number per tenant (O-000001), who and when, how it is paid (RENEWAL: charged on the next renewal
-- invoice; PAY_NOW: paid online before activation) and its status. The idempotency key makes a retried purchase
-- answer with the first order; request_hash tells a retry from another purchase under the same key.
CREATE TABLE store_order (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    number INT NOT NULL,
    mode VARCHAR(16) NOT NULL,
    status VARCHAR(20) NOT NULL,
    currency CHAR(3) NOT NULL,
    prorated_net DECIMAL(18, 2) NOT NULL,
    prorated_tax DECIMAL(18, 2) NOT NULL,
    prorated_total DECIMAL(18, 2) NOT NULL,
    recurring_net DECIMAL(18, 2) NOT NULL,
    tax_percent DECIMAL(5, 2) NOT NULL,
    quote_fingerprint VARCHAR(64) NOT NULL,
    idempotency_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request_hash CHAR(64) NOT NULL,
    ordered_by_id VARCHAR(100) NOT NULL,
    ordered_by VARCHAR(200) NOT NULL,
    ordered_at TIMESTAMP(6) NOT NULL,
    activated_at TIMESTAMP(6) NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_store_order_number (tenant_id, number),
    UNIQUE KEY uk_store_order_idempotency (tenant_id, idempotency_key),
    KEY ix_store_order_time (tenant_id, ordered_at),
    CONSTRAINT fk_store_order_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_store_order_mode CHECK (mode IN ('RENEWAL', 'PAY_NOW')),
    CONSTRAINT ck_store_order_status CHECK (status IN ('PENDING_PAYMENT', 'ACTIVATED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line per add-on bought, with the figures of its proration: unit price of the running period, the days, the
-- prorated amount, and the recurring amount from the next renewal.
CREATE TABLE store_order_line (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    order_id CHAR(36) NOT NULL,
    position INT NOT NULL,
    addon_code VARCHAR(40) NOT NULL,
    quantity INT NOT NULL,
    unit_price DECIMAL(18, 2) NOT NULL,
    renewal_unit_price DECIMAL(18, 2) NOT NULL,
    activated_on DATE NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    days_remaining INT NOT NULL,
    days_in_period INT NOT NULL,
    prorated_amount DECIMAL(18, 2) NOT NULL,
    recurring_amount DECIMAL(18, 2) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_store_order_line (tenant_id, order_id, position),
    CONSTRAINT fk_store_order_line_order FOREIGN KEY (tenant_id, order_id) REFERENCES store_order (tenant_id, id),
    CONSTRAINT ck_store_order_line_quantity CHECK (quantity > 0),
    CONSTRAINT ck_store_order_line_days CHECK (days_remaining > 0 AND days_remaining <= days_in_period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the next renewal invoice must charge for add-ons activated mid-period (billing marks them INVOICED).
CREATE TABLE pending_charge (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    order_id CHAR(36) NOT NULL,
    order_line_id CHAR(36) NOT NULL,
    description VARCHAR(300) NOT NULL,
    currency CHAR(3) NOT NULL,
    amount DECIMAL(18, 2) NOT NULL,
    status VARCHAR(16) NOT NULL,
    due_on DATE NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_pending_charge_line (tenant_id, order_line_id),
    KEY ix_pending_charge_status (tenant_id, status, created_at),
    CONSTRAINT fk_pending_charge_line FOREIGN KEY (tenant_id, order_line_id) REFERENCES store_order_line (tenant_id, id),
    CONSTRAINT ck_pending_charge_status CHECK (status IN ('PENDING', 'INVOICED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
