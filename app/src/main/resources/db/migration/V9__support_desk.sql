-- Support desk: the support tier each plan includes, the SLA policy of each tier (citing the contract clause), the
-- ticket's priority and SLA due instants, and the SLA events kept per ticket (tenant-owned: tenant_id first).

ALTER TABLE plan ADD COLUMN support_tier VARCHAR(16) NOT NULL DEFAULT 'STANDARD';
ALTER TABLE plan ADD CONSTRAINT ck_plan_support_tier CHECK (support_tier IN ('STANDARD', 'PRIORITARIO'));
UPDATE plan SET support_tier = 'PRIORITARIO' WHERE code = 'empresa';

-- Targets in business minutes of the tenant's calendar (its country's holidays, Monday to Friday 09:00-18:00).
-- An urgent ticket gets the tier's urgent targets; at_risk_percent marks a ticket "at risk" before the breach.
CREATE TABLE sla_policy (
    tier VARCHAR(16) NOT NULL,
    clause VARCHAR(100) NOT NULL,
    first_response_minutes INT NOT NULL,
    resolution_minutes INT NOT NULL,
    urgent_first_response_minutes INT NOT NULL,
    urgent_resolution_minutes INT NOT NULL,
    at_risk_percent INT NOT NULL DEFAULT 80,
    PRIMARY KEY (tier),
    CONSTRAINT ck_sla_policy_tier CHECK (tier IN ('STANDARD', 'PRIORITARIO')),
    CONSTRAINT ck_sla_policy_targets CHECK (first_response_minutes > 0 AND resolution_minutes >= first_response_minutes
        AND urgent_first_response_minutes > 0 AND urgent_resolution_minutes >= urgent_first_response_minutes),
    CONSTRAINT ck_sla_policy_at_risk CHECK (at_risk_percent BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO sla_policy (tier, clause, first_response_minutes, resolution_minutes,
                        urgent_first_response_minutes, urgent_resolution_minutes, at_risk_percent) VALUES
    ('STANDARD', 'Cláusula 12', 480, 2400, 240, 960, 80),
    ('PRIORITARIO', 'Cláusula 12 bis', 120, 960, 60, 480, 75);

ALTER TABLE ticket
    ADD COLUMN support_tier VARCHAR(16) NOT NULL DEFAULT 'STANDARD',
    ADD COLUMN priority VARCHAR(8) NOT NULL DEFAULT 'NORMAL',
    ADD COLUMN sla_clause VARCHAR(100) NULL,
    ADD COLUMN first_response_due TIMESTAMP(6) NULL,
    ADD COLUMN resolution_due TIMESTAMP(6) NULL,
    ADD COLUMN first_response_breached_at TIMESTAMP(6) NULL,
    ADD COLUMN resolution_breached_at TIMESTAMP(6) NULL,
    ADD CONSTRAINT ck_ticket_priority CHECK (priority IN ('NORMAL', 'URGENT')),
    ADD CONSTRAINT ck_ticket_support_tier CHECK (support_tier IN ('STANDARD', 'PRIORITARIO')),
    ADD KEY ix_ticket_first_response_due (tenant_id, status, first_response_due),
    ADD KEY ix_ticket_resolution_due (tenant_id, status, resolution_due);

CREATE TABLE sla_event (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    ticket_id CHAR(36) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    detail VARCHAR(500) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_sla_event_ticket (tenant_id, ticket_id, occurred_at),
    CONSTRAINT fk_sla_event_ticket FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The agents of each queue (the vendor's, shared by every tenant): a new ticket goes to the agent of its queue who
-- was given one least recently (never given one counts as longest ago). Rows are locked while one is chosen.
CREATE TABLE queue_agent (
    queue_code VARCHAR(40) NOT NULL,
    username VARCHAR(200) NOT NULL,
    last_assigned_at TIMESTAMP(6) NULL,
    PRIMARY KEY (queue_code, username),
    CONSTRAINT fk_queue_agent_queue FOREIGN KEY (queue_code) REFERENCES support_queue (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Answers agents reuse; the vendor's, shared by every tenant.
CREATE TABLE canned_response (
    id CHAR(36) NOT NULL,
    title VARCHAR(120) NOT NULL,
    body TEXT NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_canned_response_title (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO canned_response (id, title, body, updated_at) VALUES
    ('0b6a5f0e-7c1d-4d0e-9a51-3f6c2a9b1e01', 'Solicitar captura de pantalla',
     'Para revisar el problema, ¿nos puede enviar una captura de pantalla del error y la hora aproximada en que ocurrió?',
     CURRENT_TIMESTAMP(6)),
    ('0b6a5f0e-7c1d-4d0e-9a51-3f6c2a9b1e02', 'Folios agotados',
     'Los folios se cargan desde el portal del SII (Timbraje electrónico). Una vez descargado el archivo CAF, súbalo en Configuración > Folios.',
     CURRENT_TIMESTAMP(6));
