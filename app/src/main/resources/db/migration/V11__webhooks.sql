-- Outbound webhooks and per-tenant settings.

-- A tenant's webhook receivers. The secret signs every delivery (HMAC-SHA256); it is shown once, when the endpoint
-- is created, and never listed. events: the subscribed event names, comma-separated.
CREATE TABLE webhook_endpoint (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    url VARCHAR(500) NOT NULL,
    events VARCHAR(200) NOT NULL,
    secret VARCHAR(80) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_webhook_listing (tenant_id, created_at),
    CONSTRAINT fk_webhook_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Settings a tenant chooses itself, one row per setting; no row means the platform's default (sms_notifications:
-- false). Kept apart from the tenant table, which describes the company and is cached for the per-request checks.
CREATE TABLE tenant_setting (
    tenant_id VARCHAR(40) NOT NULL,
    name VARCHAR(60) NOT NULL,
    setting_value VARCHAR(200) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, name),
    CONSTRAINT fk_tenant_setting_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox's third channel: a webhook message's recipient is the endpoint URL, its subject the event type, its
-- body the JSON event; the endpoint id finds the signing secret at delivery time (the secret is never copied here).
ALTER TABLE outbox_message DROP CONSTRAINT ck_outbox_channel;
ALTER TABLE outbox_message
    MODIFY recipient VARCHAR(500) NOT NULL,
    ADD COLUMN webhook_endpoint_id CHAR(36) NULL,
    ADD CONSTRAINT ck_outbox_channel CHECK (channel IN ('EMAIL', 'SMS', 'WEBHOOK'));
