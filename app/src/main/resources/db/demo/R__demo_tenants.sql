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
