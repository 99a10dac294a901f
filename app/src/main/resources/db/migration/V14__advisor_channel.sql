-- The commercial-advisor channel, kept apart from support: each tenant's advisor (a staff user with role advisor),
-- the tenant's commercial requests with their own numbering (C-000001), conversation, scheduled session and quotes of
-- store items. No SLA columns: no support SLA applies to advisor requests.

-- Platform-wide: the advisors as tenants see them, and which advisor each tenant has.
CREATE TABLE advisor_profile (
    username VARCHAR(200) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email VARCHAR(200) NOT NULL,
    phone VARCHAR(40) NULL,
    hours VARCHAR(200) NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tenant_advisor (
    tenant_id VARCHAR(40) NOT NULL,
    advisor_username VARCHAR(200) NOT NULL,
    assigned_at TIMESTAMP(6) NOT NULL,
    assigned_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_tenant_advisor_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tenant-owned.
CREATE TABLE commercial_counter (
    tenant_id VARCHAR(40) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    last_value INT NOT NULL,
    PRIMARY KEY (tenant_id, kind),
    CONSTRAINT fk_commercial_counter_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE commercial_request (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    request_sequence INT NOT NULL,
    type VARCHAR(24) NOT NULL,
    message TEXT NOT NULL,
    preferred_contact VARCHAR(200) NULL,
    requester_id VARCHAR(64) NOT NULL,
    requester_name VARCHAR(200) NOT NULL,
    status VARCHAR(16) NOT NULL,
    session_kind VARCHAR(16) NULL,
    session_at TIMESTAMP(6) NULL,
    session_link VARCHAR(500) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    closed_at TIMESTAMP(6) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_commercial_number (tenant_id, request_sequence),
    KEY ix_commercial_requester (tenant_id, requester_id, request_sequence),
    KEY ix_commercial_status (tenant_id, status, updated_at),
    CONSTRAINT fk_commercial_request_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_commercial_type CHECK (type IN ('NUEVA_FUNCIONALIDAD', 'CAPACITACION', 'NUEVO_PRODUCTO',
                                                  'DEMOSTRACION', 'OTRO')),
    CONSTRAINT ck_commercial_status CHECK (status IN ('NUEVA', 'EN_CURSO', 'AGENDADA', 'CERRADA')),
    CONSTRAINT ck_commercial_session CHECK (session_kind IS NULL OR session_kind IN ('DEMOSTRACION', 'CAPACITACION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE commercial_message (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    request_id CHAR(36) NOT NULL,
    author_kind VARCHAR(16) NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_commercial_message_request (tenant_id, request_id, created_at),
    CONSTRAINT fk_commercial_message_request FOREIGN KEY (tenant_id, request_id)
        REFERENCES commercial_request (tenant_id, id),
    CONSTRAINT ck_commercial_message_author CHECK (author_kind IN ('TENANT', 'ADVISOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE advisor_quote (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    request_id CHAR(36) NOT NULL,
    status VARCHAR(16) NOT NULL,
    note VARCHAR(1000) NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    accepted_by VARCHAR(200) NULL,
    accepted_at TIMESTAMP(6) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    KEY ix_advisor_quote_request (tenant_id, request_id, created_at),
    CONSTRAINT fk_advisor_quote_request FOREIGN KEY (tenant_id, request_id)
        REFERENCES commercial_request (tenant_id, id),
    CONSTRAINT ck_advisor_quote_status CHECK (status IN ('PENDIENTE', 'ACEPTADA', 'REEMPLAZADA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE advisor_quote_line (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    quote_id CHAR(36) NOT NULL,
    line_position INT NOT NULL,
    product VARCHAR(24) NOT NULL,
    quantity INT NOT NULL,
    note VARCHAR(200) NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_advisor_quote_line (tenant_id, quote_id, line_position),
    CONSTRAINT fk_advisor_quote_line_quote FOREIGN KEY (tenant_id, quote_id) REFERENCES advisor_quote (tenant_id, id),
    CONSTRAINT ck_advisor_quote_line_product CHECK (product IN ('USERS', 'DTE_PACK', 'WORKERS', 'LEGAL_ENTITIES',
                                                                'PRIORITY_SUPPORT')),
    CONSTRAINT ck_advisor_quote_line_quantity CHECK (quantity BETWEEN 1 AND 10000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
