-- The notification outbox: e-mails and SMS written in the transaction of the change they announce, delivered later
-- by the dispatcher of any instance, retried with growing pauses; staff read each tenant's list with its status.
CREATE TABLE outbox_message (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    channel VARCHAR(8) NOT NULL,
    recipient VARCHAR(254) NOT NULL,
    subject VARCHAR(200) NULL,
    body_text MEDIUMTEXT NOT NULL,
    body_html MEDIUMTEXT NULL,
    status VARCHAR(16) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    last_error VARCHAR(500) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    -- when PENDING: when the next attempt is due, or, while a dispatcher holds the message, until when it holds it
    next_attempt_at TIMESTAMP(6) NULL,
    sent_at TIMESTAMP(6) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    -- the staff's list of one tenant, newest first
    KEY ix_outbox_listing (tenant_id, created_at),
    -- The one index without tenant_id first, on purpose: the dispatcher looks for due messages of every tenant
    -- (status = 'PENDING' AND next_attempt_at <= now, FOR UPDATE SKIP LOCKED). No tenant-scoped query uses it.
    KEY ix_outbox_due (status, next_attempt_at),
    CONSTRAINT fk_outbox_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_outbox_channel CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_outbox_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_outbox_pending_due CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
