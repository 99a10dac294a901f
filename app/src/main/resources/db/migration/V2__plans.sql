-- The plans on offer and the quantities each includes.
INSERT INTO plan (code, name) VALUES
    ('basico', 'Básico'),
    ('profesional', 'Profesional'),
    ('empresa', 'Empresa');

INSERT INTO plan_quota (plan_code, entitlement_type, quantity) VALUES
    ('basico', 'USERS', 5),
    ('basico', 'DTE_DOCUMENTS', 100),
    ('basico', 'WORKERS', 10),
    ('basico', 'LEGAL_ENTITIES', 1),
    ('profesional', 'USERS', 20),
    ('profesional', 'DTE_DOCUMENTS', 1000),
    ('profesional', 'WORKERS', 50),
    ('profesional', 'LEGAL_ENTITIES', 3),
    ('empresa', 'USERS', 100),
    ('empresa', 'DTE_DOCUMENTS', 10000),
    ('empresa', 'WORKERS', 500),
    ('empresa', 'LEGAL_ENTITIES', 10);
