-- Demo data for the dev run (andes.demo-data=true); never loaded in production.
-- Idempotent: re-applied whenever this file changes, it adds what is missing and overwrites nothing.

INSERT IGNORE INTO tenant (id, legal_name, country, tax_id, currency, time_zone, plan_code, status, created_at)
VALUES
    ('inmobiliaria-sur', 'Inmobiliaria Sur SpA', 'CL', '76086428-5', 'CLP', 'America/Santiago', 'profesional',
     'ACTIVE', UTC_TIMESTAMP(6)),
    ('cafe-montana', 'Café Montaña S.A.S.', 'CO', '900123456-8', 'COP', 'America/Bogota', 'basico',
     'ACTIVE', UTC_TIMESTAMP(6)),
    ('ferreteria-norte', 'Ferretería del Norte S.A. de C.V.', 'MX', 'FNO010101AB1', 'MXN', 'America/Mexico_City',
     'empresa', 'ACTIVE', UTC_TIMESTAMP(6));

INSERT IGNORE INTO entitlement (tenant_id, type, included, additional, used, period_start, updated_at)
SELECT t.id, q.entitlement_type, q.quantity, 0, 0,
       CASE WHEN q.entitlement_type = 'DTE_DOCUMENTS' THEN DATE_FORMAT(UTC_DATE(), '%Y-%m-01') END,
       UTC_TIMESTAMP(6)
FROM tenant t
JOIN plan_quota q ON q.plan_code = t.plan_code
WHERE t.id IN ('inmobiliaria-sur', 'cafe-montana', 'ferreteria-norte');

-- The demo users of the dev realm (docker/keycloak/andes-realm.json), same ids; each holds one USERS slot.
INSERT IGNORE INTO tenant_user (tenant_id, id, email, first_name, last_name, role, status, invited_at, invited_by)
VALUES
    ('inmobiliaria-sur', '0f1e0000-0000-4000-8000-000000000101', 'admin@inmobiliaria-sur.cl', 'Carolina', 'Soto',
     'TENANT_ADMIN', 'ACTIVE', UTC_TIMESTAMP(6), 'demo'),
    ('inmobiliaria-sur', '0f1e0000-0000-4000-8000-000000000102', 'usuario@inmobiliaria-sur.cl', 'Matías', 'Rojas',
     'TENANT_USER', 'ACTIVE', UTC_TIMESTAMP(6), 'demo'),
    ('cafe-montana', '0f1e0000-0000-4000-8000-000000000201', 'admin@cafe-montana.co', 'Valentina', 'Gómez',
     'TENANT_ADMIN', 'ACTIVE', UTC_TIMESTAMP(6), 'demo'),
    ('cafe-montana', '0f1e0000-0000-4000-8000-000000000202', 'usuario@cafe-montana.co', 'Santiago', 'Restrepo',
     'TENANT_USER', 'ACTIVE', UTC_TIMESTAMP(6), 'demo'),
    ('ferreteria-norte', '0f1e0000-0000-4000-8000-000000000301', 'admin@ferreteria-norte.mx', 'Alejandro',
     'Hernández', 'TENANT_ADMIN', 'ACTIVE', UTC_TIMESTAMP(6), 'demo');

UPDATE entitlement e
SET e.used = (SELECT COUNT(*) FROM tenant_user u WHERE u.tenant_id = e.tenant_id AND u.status = 'ACTIVE')
WHERE e.type = 'USERS' AND e.tenant_id IN ('inmobiliaria-sur', 'cafe-montana', 'ferreteria-norte');
