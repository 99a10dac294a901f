-- Knowledge base (possible solutions) and news: the vendor's content, shown to every tenant (audience_tenant_id NULL)
-- or to one tenant only. Spanish is required, English optional (pages fall back to Spanish). An entry is shown while
-- now is within [published_from, published_until); no published_from means a draft. Window columns are DATETIME in
-- UTC (the connection runs in UTC) so a window may end after 2038.
CREATE TABLE knowledge_entry (
    id CHAR(36) NOT NULL,
    kind VARCHAR(8) NOT NULL,
    audience_tenant_id VARCHAR(40) NULL,
    service_code VARCHAR(40) NULL,
    title_es VARCHAR(200) NOT NULL,
    body_es TEXT NOT NULL,
    title_en VARCHAR(200) NULL,
    body_en TEXT NULL,
    published_from DATETIME(6) NULL,
    published_until DATETIME(6) NULL,
    author VARCHAR(200) NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_knowledge_audience (audience_tenant_id, kind, published_from),
    KEY ix_knowledge_kind (kind, updated_at),
    FULLTEXT KEY ft_knowledge_es (title_es, body_es),
    FULLTEXT KEY ft_knowledge_en (title_en, body_en),
    CONSTRAINT fk_knowledge_tenant FOREIGN KEY (audience_tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_knowledge_service FOREIGN KEY (service_code) REFERENCES support_service (code),
    CONSTRAINT ck_knowledge_kind CHECK (kind IN ('ARTICLE', 'NEWS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "¿Esto resolvió su problema?": one row per answer of a tenant's user to a suggested article. No foreign key to the
-- article: answers stay countable after the vendor deletes it.
CREATE TABLE knowledge_deflection (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    entry_id CHAR(36) NOT NULL,
    user_id VARCHAR(64) NOT NULL,
    user_name VARCHAR(200) NOT NULL,
    query_text VARCHAR(500) NULL,
    resolved BOOLEAN NOT NULL,
    answered_at DATETIME(6) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    KEY ix_deflection_entry (tenant_id, entry_id, resolved),
    KEY ix_deflection_time (tenant_id, answered_at),
    CONSTRAINT fk_deflection_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO knowledge_entry (id, kind, audience_tenant_id, service_code, title_es, body_es, title_en, body_en,
                             published_from, published_until, author, updated_by, created_at, updated_at)
VALUES
('6a0c1f0e-0001-4c1a-9a51-0d0a6b1f0001', 'ARTICLE', NULL, NULL,
 'Cómo reponer folios (CAF) agotados',
 'Cuando el sistema avisa que no quedan folios para emitir facturas o boletas electrónicas, debe solicitar un nuevo '
 'Código de Autorización de Folios (CAF) en el sitio del SII: ingrese con el certificado digital de la empresa, elija '
 '"Timbraje electrónico", el tipo de documento y la cantidad de folios, y descargue el archivo XML. Luego, en Andes, '
 'vaya a Configuración › Folios, pulse "Cargar CAF" y elija el archivo. Los nuevos folios quedan disponibles de '
 'inmediato.',
 'How to replenish exhausted invoice numbers (CAF)',
 'When the system warns that no invoice numbers are left to issue electronic invoices or receipts, request a new '
 'Folio Authorization Code (CAF) on the SII website: sign in with the company''s digital certificate, choose '
 '"Electronic stamping", the document type and the quantity, and download the XML file. Then, in Andes, go to '
 'Settings › Invoice numbers, press "Upload CAF" and choose the file. The new numbers are available at once.',
 '2026-01-01 00:00:00', NULL, 'Andes', 'Andes', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
('6a0c1f0e-0002-4c1a-9a51-0d0a6b1f0002', 'ARTICLE', NULL, NULL,
 'Error de certificado digital al emitir DTE',
 'Si al emitir un documento tributario electrónico (DTE) aparece un error de certificado digital, revise que el '
 'certificado no esté vencido, que la contraseña sea la correcta y que el RUT del certificado corresponda a una '
 'persona autorizada ante el SII para firmar documentos de la empresa. Para reemplazarlo, vaya a Configuración › '
 'Certificado digital, cargue el archivo .pfx nuevo y escriba su contraseña.',
 'Digital certificate error when issuing electronic tax documents',
 'If a digital certificate error appears when issuing an electronic tax document (DTE), check that the certificate '
 'has not expired, that the password is right and that the certificate''s RUT belongs to a person the SII authorizes '
 'to sign the company''s documents. To replace it, go to Settings › Digital certificate, upload the new .pfx file '
 'and type its password.',
 '2026-01-01 00:00:00', NULL, 'Andes', 'Andes', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
('6a0c1f0e-0003-4c1a-9a51-0d0a6b1f0003', 'ARTICLE', NULL, NULL,
 'Cómo reprocesar una liquidación de sueldo',
 'Si una liquidación de sueldo salió con datos incorrectos (horas extra, bonos, descuentos o licencias médicas), '
 'corrija primero los datos del trabajador o del mes en Remuneraciones › Movimientos del mes. Después abra '
 'Remuneraciones › Liquidaciones, elija el trabajador y el período y pulse "Reprocesar". La liquidación anterior '
 'queda anulada y la nueva se puede volver a enviar al trabajador.',
 'How to reprocess a payslip',
 'If a payslip came out with wrong data (overtime, bonuses, deductions or sick leave), first correct the employee''s '
 'or the month''s data in Payroll › Monthly changes. Then open Payroll › Payslips, choose the employee and the period '
 'and press "Reprocess". The previous payslip is voided and the new one can be sent to the employee again.',
 '2026-01-01 00:00:00', NULL, 'Andes', 'Andes', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
('6a0c1f0e-0004-4c1a-9a51-0d0a6b1f0004', 'ARTICLE', NULL, NULL,
 'Cómo recuperar el acceso a su usuario',
 'Si olvidó su contraseña, pulse "¿Olvidó su contraseña?" en la pantalla de ingreso y siga el enlace que le llegará '
 'por correo. Si su usuario quedó inactivo, pida al administrador de su empresa que lo reactive en Usuarios.',
 NULL, NULL,
 '2026-01-01 00:00:00', NULL, 'Andes', 'Andes', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
('6a0c1f0e-0005-4c1a-9a51-0d0a6b1f0005', 'NEWS', NULL, NULL,
 'Nuevo portal de soporte Andes',
 'Ahora puede abrir y seguir sus tickets de soporte desde este portal. Antes de abrir uno, revise las posibles '
 'soluciones que le sugerimos mientras escribe: muchas consultas se resuelven en minutos.',
 'New Andes support portal',
 'You can now open and follow your support tickets from this portal. Before opening one, look at the possible '
 'solutions we suggest while you type: many questions are solved in minutes.',
 '2026-01-01 00:00:00', NULL, 'Andes', 'Andes', '2026-01-01 00:00:00', '2026-01-01 00:00:00');
