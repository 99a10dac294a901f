-- PQRS (peticiones, quejas, reclamos y sugerencias): the complaints box, apart from product support. Each filing has
-- its own number per tenant and year (PQRS-2026-000001) and a response deadline in business days of the tenant's
-- country.

CREATE TABLE pqrs_case (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    filing_year INT NOT NULL,
    filing_sequence INT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    description TEXT NOT NULL,
    requester_id VARCHAR(64) NOT NULL,
    requester_name VARCHAR(200) NOT NULL,
    status VARCHAR(16) NOT NULL,
    filed_at TIMESTAMP(6) NOT NULL,
    due_date DATE NOT NULL,
    responded_at TIMESTAMP(6) NULL,
    closed_at TIMESTAMP(6) NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_pqrs_number (tenant_id, filing_year, filing_sequence),
    KEY ix_pqrs_filed (tenant_id, filed_at),
    CONSTRAINT fk_pqrs_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_pqrs_kind CHECK (kind IN ('PETICION', 'QUEJA', 'RECLAMO', 'SUGERENCIA')),
    CONSTRAINT ck_pqrs_status CHECK (status IN ('RADICADA', 'EN_TRAMITE', 'RESPONDIDA', 'CERRADA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pqrs_message (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    case_id CHAR(36) NOT NULL,
    author_kind VARCHAR(16) NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_pqrs_message_case (tenant_id, case_id, created_at),
    CONSTRAINT fk_pqrs_message_case FOREIGN KEY (tenant_id, case_id) REFERENCES pqrs_case (tenant_id, id),
    CONSTRAINT ck_pqrs_message_author CHECK (author_kind IN ('REQUESTER', 'STAFF'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
