-- Demo data of the advisor channel (andes.demo-data=true); runs after R__demo_tenants (repeatables run by name).
-- The demo advisor of the dev realm (asesor@andes.dev) advises the three demo tenants. Overwrites nothing.

INSERT IGNORE INTO advisor_profile (username, display_name, email, phone, hours, updated_at)
VALUES ('asesor@andes.dev', 'Felipe Morales', 'asesor@andes.dev', '+56 2 2345 6789', 'Lunes a viernes, 9:00 a 18:00',
        UTC_TIMESTAMP(6));

INSERT IGNORE INTO tenant_advisor (tenant_id, advisor_username, assigned_at, assigned_by)
SELECT t.id, 'asesor@andes.dev', UTC_TIMESTAMP(6), 'demo'
FROM tenant t
WHERE t.id IN ('inmobiliaria-sur', 'cafe-montana', 'ferreteria-norte');
