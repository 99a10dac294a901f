-- Optional fields per category (the vendor's, shared by every tenant): a category at any level may ask for extra
-- values; the fields of its ancestors apply to it too. A key is unique along a branch (checked by the application).
CREATE TABLE category_field (
    category_id BIGINT NOT NULL,
    field_key VARCHAR(40) NOT NULL,
    label_es VARCHAR(100) NOT NULL,
    label_en VARCHAR(100) NOT NULL,
    field_type VARCHAR(8) NOT NULL,
    choices VARCHAR(2000) NULL,
    is_required BOOLEAN NOT NULL DEFAULT FALSE,
    sort_order INT NOT NULL DEFAULT 0,
    PRIMARY KEY (category_id, field_key),
    CONSTRAINT fk_category_field_category FOREIGN KEY (category_id) REFERENCES ticket_category (id),
    CONSTRAINT ck_category_field_type CHECK (field_type IN ('TEXT', 'NUMBER', 'DATE', 'CHOICE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The values a ticket was opened with, labels copied so the ticket reads the same after the catalog changes.
CREATE TABLE ticket_field_value (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    ticket_id CHAR(36) NOT NULL,
    field_key VARCHAR(40) NOT NULL,
    label_es VARCHAR(100) NOT NULL,
    label_en VARCHAR(100) NOT NULL,
    field_type VARCHAR(8) NOT NULL,
    field_value VARCHAR(500) NOT NULL,
    sort_order INT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_ticket_field (tenant_id, ticket_id, field_key),
    CONSTRAINT fk_ticket_field_ticket FOREIGN KEY (tenant_id, ticket_id) REFERENCES ticket (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A draft item keeps its field values (a JSON object of key → value) until the request is sent.
ALTER TABLE service_request_item ADD COLUMN field_values TEXT NULL;

-- A real-estate style service: recinto → lugar → problema, where the recinto asks which building and floor.
INSERT INTO support_service (code, name_es, name_en, sort_order) VALUES
    ('postventa', 'Postventa inmobiliaria', 'Real-estate after-sales', 3);

INSERT INTO ticket_category (id, service_code, parent_id, name_es, name_en, kind, queue_code, sort_order) VALUES
    (300, 'postventa', NULL, 'Departamento', 'Apartment', 'SUPPORT', 'tecnica', 1),
    (301, 'postventa', 300, 'Baño', 'Bathroom', 'SUPPORT', 'tecnica', 1),
    (302, 'postventa', 301, 'Filtración', 'Leak', 'SUPPORT', 'tecnica', 1),
    (303, 'postventa', 300, 'Cocina', 'Kitchen', 'SUPPORT', 'tecnica', 2),
    (304, 'postventa', 303, 'Artefacto defectuoso', 'Faulty appliance', 'SUPPORT', 'tecnica', 1);

INSERT INTO category_field (category_id, field_key, label_es, label_en, field_type, choices, is_required, sort_order)
VALUES
    (101, 'numero_documento', 'Número de documento', 'Document number', 'NUMBER', NULL, FALSE, 1),
    (300, 'recinto', 'Recinto', 'Building', 'CHOICE', 'Torre A\nTorre B\nTorre C', TRUE, 1),
    (300, 'piso', 'Piso', 'Floor', 'CHOICE', '1\n2\n3\n4\n5\n6\n7\n8', FALSE, 2),
    (302, 'detectada_el', 'Detectada el', 'Noticed on', 'DATE', NULL, FALSE, 1),
    (304, 'artefacto', 'Artefacto (marca y modelo)', 'Appliance (make and model)', 'TEXT', NULL, FALSE, 1);
