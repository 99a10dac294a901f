-- Multi-item post-sale requests ("solicitudes"). A draft collects items, each with its category, description and
-- photos; on submission every item becomes a ticket that carries the request's number, and the photos move to it.
-- Cancellation tickets record the day the notice was given (in the tenant's zone) as their effective date.

CREATE TABLE service_request (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    number INT NULL,
    status VARCHAR(16) NOT NULL,
    service_code VARCHAR(40) NOT NULL,
    requester_id VARCHAR(64) NOT NULL,
    requester_name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    submitted_at TIMESTAMP(6) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_service_request_number (tenant_id, number),
    KEY ix_service_request_created (tenant_id, created_at),
    CONSTRAINT fk_service_request_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_service_request_service FOREIGN KEY (service_code) REFERENCES support_service (code),
    CONSTRAINT ck_service_request_status CHECK (status IN ('DRAFT', 'SUBMITTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_request_item (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    request_id CHAR(36) NOT NULL,
    category_id BIGINT NOT NULL,
    description TEXT NOT NULL,
    item_order INT NOT NULL,
    photo_count INT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    KEY ix_request_item_request (tenant_id, request_id, item_order),
    CONSTRAINT fk_request_item_request FOREIGN KEY (tenant_id, request_id) REFERENCES service_request (tenant_id, id),
    CONSTRAINT fk_request_item_category FOREIGN KEY (category_id) REFERENCES ticket_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A draft item's photos, bytes included: a draft holds few, and lists read them through a projection without bytes.
CREATE TABLE service_request_photo (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    request_id CHAR(36) NOT NULL,
    item_id CHAR(36) NOT NULL,
    file_name VARCHAR(120) NOT NULL,
    media_type VARCHAR(40) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    uploaded_by VARCHAR(200) NOT NULL,
    uploaded_at TIMESTAMP(6) NOT NULL,
    content LONGBLOB NOT NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_request_photo_item (tenant_id, item_id, uploaded_at),
    KEY ix_request_photo_request (tenant_id, request_id),
    CONSTRAINT fk_request_photo_item FOREIGN KEY (tenant_id, item_id) REFERENCES service_request_item (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE ticket
    ADD COLUMN request_number INT NULL,
    ADD COLUMN effective_date DATE NULL,
    ADD KEY ix_ticket_request (tenant_id, request_number);
