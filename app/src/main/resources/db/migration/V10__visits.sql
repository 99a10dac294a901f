-- Service visits (folios de servicio) and meetings arranged on a ticket; both belong to the ticket's tenant:
-- tenant_id first in every key. Folios are numbered per tenant through ticket_counter (kind 'VISIT').

CREATE TABLE service_visit (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    folio INT NOT NULL,
    ticket_id CHAR(36) NOT NULL,
    -- the remote checklist, all required before a visit exists
    equipment_on BOOLEAN NOT NULL,
    restarted BOOLEAN NOT NULL,
    remote_result VARCHAR(2000) NOT NULL,
    scheduled_at TIMESTAMP(6) NOT NULL,
    technician VARCHAR(120) NOT NULL,
    address VARCHAR(300) NOT NULL,
    status VARCHAR(16) NOT NULL,
    outcome TEXT NULL,
    completed_at TIMESTAMP(6) NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_visit_folio (tenant_id, folio),
    KEY ix_visit_ticket (tenant_id, ticket_id, scheduled_at),
    CONSTRAINT fk_visit_ticket FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id),
    CONSTRAINT ck_visit_status CHECK (status IN ('SCHEDULED', 'DONE', 'CANCELLED')),
    CONSTRAINT ck_visit_checklist CHECK (equipment_on AND restarted),
    CONSTRAINT ck_visit_outcome CHECK (status = 'SCHEDULED' OR outcome IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_meeting (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    ticket_id CHAR(36) NOT NULL,
    starts_at TIMESTAMP(6) NOT NULL,
    duration_minutes INT NOT NULL,
    link VARCHAR(500) NOT NULL,
    topic VARCHAR(200) NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_meeting_ticket (tenant_id, ticket_id, starts_at),
    CONSTRAINT fk_meeting_ticket FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id),
    CONSTRAINT ck_meeting_duration CHECK (duration_minutes BETWEEN 5 AND 480),
    CONSTRAINT ck_meeting_link CHECK (link LIKE 'https://%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
