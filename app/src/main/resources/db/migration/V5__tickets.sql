-- Support tickets. The catalog (services, category tree, queues) is the vendor's, shared by every tenant; tickets,
-- their conversation, attachments and status history belong to one tenant: tenant_id first in every key.

CREATE TABLE support_queue (
    code VARCHAR(40) NOT NULL,
    name_es VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_service (
    code VARCHAR(40) NOT NULL,
    name_es VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    sort_order INT NOT NULL DEFAULT 0,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A tree of any depth per service (área → ítem → problema; recinto → lugar → ítem → problema). Tickets are opened
-- on leaves. kind routes claims and cancellations to the administrative area.
CREATE TABLE ticket_category (
    id BIGINT NOT NULL,
    service_code VARCHAR(40) NOT NULL,
    parent_id BIGINT NULL,
    name_es VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    kind VARCHAR(16) NOT NULL DEFAULT 'SUPPORT',
    queue_code VARCHAR(40) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    sort_order INT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_category_parent (service_code, parent_id, sort_order),
    CONSTRAINT fk_category_service FOREIGN KEY (service_code) REFERENCES support_service (code),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES ticket_category (id),
    CONSTRAINT fk_category_queue FOREIGN KEY (queue_code) REFERENCES support_queue (code),
    CONSTRAINT ck_category_kind CHECK (kind IN ('SUPPORT', 'CLAIM', 'CANCELLATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per-tenant numbering (T-000001, …): one row per tenant and kind, locked while a number is taken.
CREATE TABLE ticket_counter (
    tenant_id VARCHAR(40) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    last_value INT NOT NULL,
    PRIMARY KEY (tenant_id, kind),
    CONSTRAINT fk_ticket_counter_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    number INT NOT NULL,
    service_code VARCHAR(40) NOT NULL,
    category_id BIGINT NOT NULL,
    queue_code VARCHAR(40) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    description TEXT NOT NULL,
    contact_phone VARCHAR(16) NULL,
    requester_id VARCHAR(64) NOT NULL,
    requester_name VARCHAR(200) NOT NULL,
    status VARCHAR(20) NOT NULL,
    finished_at TIMESTAMP(6) NULL,
    -- not "merged_into": Connector/J takes a column with "into" in its name for SELECT … INTO and refuses the query
    merge_target INT NULL,
    reopened_from INT NULL,
    assignee VARCHAR(200) NULL,
    first_response_at TIMESTAMP(6) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    attachment_count INT NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_ticket_number (tenant_id, number),
    KEY ix_ticket_history (tenant_id, updated_at),
    KEY ix_ticket_status (tenant_id, status, updated_at),
    KEY ix_ticket_category (tenant_id, category_id, status),
    KEY ix_ticket_queue (queue_code, status, updated_at),
    CONSTRAINT fk_ticket_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_ticket_category FOREIGN KEY (category_id) REFERENCES ticket_category (id),
    CONSTRAINT ck_ticket_status CHECK (status IN ('NUEVO', 'ABIERTO', 'EN_ESPERA_CLIENTE', 'RESUELTO', 'CERRADO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_status_change (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    ticket_id CHAR(36) NOT NULL,
    status VARCHAR(20) NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_status_change_ticket (tenant_id, ticket_id, changed_at),
    CONSTRAINT fk_status_change_ticket FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_message (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    ticket_id CHAR(36) NOT NULL,
    author_kind VARCHAR(16) NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    internal BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_message_ticket (tenant_id, ticket_id, created_at),
    CONSTRAINT fk_message_ticket FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id),
    CONSTRAINT ck_message_author CHECK (author_kind IN ('REQUESTER', 'AGENT', 'SYSTEM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_attachment (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    ticket_id CHAR(36) NOT NULL,
    file_name VARCHAR(120) NOT NULL,
    media_type VARCHAR(40) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    uploaded_by VARCHAR(200) NOT NULL,
    uploaded_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_attachment_ticket (tenant_id, ticket_id, uploaded_at),
    CONSTRAINT fk_attachment_ticket FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bytes apart from their description, so listing a ticket never reads them.
CREATE TABLE ticket_attachment_content (
    tenant_id VARCHAR(40) NOT NULL,
    attachment_id CHAR(36) NOT NULL,
    content LONGBLOB NOT NULL,
    PRIMARY KEY (tenant_id, attachment_id),
    CONSTRAINT fk_attachment_content FOREIGN KEY (tenant_id, attachment_id) REFERENCES ticket_attachment (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO support_queue (code, name_es, name_en) VALUES
    ('tecnica', 'Soporte técnico', 'Technical support'),
    ('administrativa', 'Área administrativa', 'Administration'),
    ('comercial', 'Área comercial', 'Sales');

INSERT INTO support_service (code, name_es, name_en, sort_order) VALUES
    ('erp', 'ERP y facturación electrónica', 'ERP and e-invoicing', 1),
    ('remuneraciones', 'Remuneraciones', 'Payroll', 2);

INSERT INTO ticket_category (id, service_code, parent_id, name_es, name_en, kind, queue_code, sort_order) VALUES
    (100, 'erp', NULL, 'Facturación electrónica', 'E-invoicing', 'SUPPORT', 'tecnica', 1),
    (101, 'erp', 100, 'Emisión de documentos', 'Issuing documents', 'SUPPORT', 'tecnica', 1),
    (102, 'erp', 101, 'Error al emitir', 'Error when issuing', 'SUPPORT', 'tecnica', 1),
    (103, 'erp', 101, 'Folios agotados', 'Out of document numbers', 'SUPPORT', 'tecnica', 2),
    (104, 'erp', 100, 'Envío al SII / DIAN / SAT', 'Sending to the tax authority', 'SUPPORT', 'tecnica', 2),
    (110, 'erp', NULL, 'Contabilidad', 'Accounting', 'SUPPORT', 'tecnica', 2),
    (111, 'erp', 110, 'Cierre de mes', 'Month-end closing', 'SUPPORT', 'tecnica', 1),
    (112, 'erp', 110, 'Reportes', 'Reports', 'SUPPORT', 'tecnica', 2),
    (120, 'erp', NULL, 'Cuenta y facturación', 'Account and billing', 'SUPPORT', 'administrativa', 3),
    (121, 'erp', 120, 'Reclamo por cobro', 'Billing claim', 'CLAIM', 'administrativa', 1),
    (122, 'erp', 120, 'Solicitud de baja del servicio', 'Cancellation request', 'CANCELLATION', 'administrativa', 2),
    (200, 'remuneraciones', NULL, 'Liquidaciones de sueldo', 'Payslips', 'SUPPORT', 'tecnica', 1),
    (201, 'remuneraciones', 200, 'Cálculo incorrecto', 'Wrong calculation', 'SUPPORT', 'tecnica', 1),
    (202, 'remuneraciones', 200, 'Previred / PILA / IMSS', 'Social security filings', 'SUPPORT', 'tecnica', 2),
    (210, 'remuneraciones', NULL, 'Trabajadores', 'Workers', 'SUPPORT', 'tecnica', 2),
    (211, 'remuneraciones', 210, 'Alta y baja de trabajadores', 'Hiring and leaving', 'SUPPORT', 'tecnica', 1);
