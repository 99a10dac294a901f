-- Tenant core: tenants, plans, quotas (entitlements), their ledger, the audit log.
-- Every tenant-owned table has tenant_id NOT NULL, first in every index and unique key.

CREATE TABLE plan (
    code VARCHAR(40) NOT NULL,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_quota (
    plan_code VARCHAR(40) NOT NULL,
    entitlement_type VARCHAR(32) NOT NULL,
    quantity INT NOT NULL,
    PRIMARY KEY (plan_code, entitlement_type),
    CONSTRAINT fk_plan_quota_plan FOREIGN KEY (plan_code) REFERENCES plan (code),
    CONSTRAINT ck_plan_quota_quantity CHECK (quantity >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tenant (
    id VARCHAR(40) NOT NULL,
    legal_name VARCHAR(200) NOT NULL,
    country CHAR(2) NOT NULL,
    tax_id VARCHAR(20) NOT NULL,
    currency CHAR(3) NOT NULL,
    time_zone VARCHAR(64) NOT NULL,
    plan_code VARCHAR(40) NOT NULL,
    status VARCHAR(16) NOT NULL,
    status_reason VARCHAR(500) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_tenant_tax_id (country, tax_id),
    KEY ix_tenant_legal_name (legal_name),
    CONSTRAINT fk_tenant_plan FOREIGN KEY (plan_code) REFERENCES plan (code),
    CONSTRAINT ck_tenant_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE entitlement (
    tenant_id VARCHAR(40) NOT NULL,
    type VARCHAR(32) NOT NULL,
    included INT NOT NULL,
    additional INT NOT NULL DEFAULT 0,
    used INT NOT NULL DEFAULT 0,
    period_start DATE NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, type),
    CONSTRAINT fk_entitlement_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    -- The database guards the invariant too: usage never negative, never above the limit.
    CONSTRAINT ck_entitlement_used CHECK (used >= 0 AND used <= included + additional),
    CONSTRAINT ck_entitlement_quantities CHECK (included >= 0 AND additional >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE entitlement_movement (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    type VARCHAR(32) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    quantity INT NOT NULL,
    used_after INT NOT NULL,
    limit_after INT NOT NULL,
    period_start DATE NULL,
    idempotency_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    actor VARCHAR(200) NOT NULL,
    address VARCHAR(64) NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_movement_idempotency (tenant_id, idempotency_key),
    KEY ix_movement_type_time (tenant_id, type, occurred_at),
    KEY ix_movement_time (tenant_id, occurred_at),
    CONSTRAINT fk_movement_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_movement_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    actor VARCHAR(200) NOT NULL,
    action VARCHAR(64) NOT NULL,
    target VARCHAR(200) NOT NULL,
    address VARCHAR(64) NULL,
    detail VARCHAR(1000) NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_audit_time (tenant_id, occurred_at),
    CONSTRAINT fk_audit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
