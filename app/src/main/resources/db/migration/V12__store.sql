-- Store catalog (the vendor's, shared by every tenant): the add-ons on sale and the prices of plans and add-ons per
-- billing period and currency. A price row applies to periods that start on or after its valid_from date, so a
-- price change reaches a subscription at its next renewal and never the period already running.

CREATE TABLE store_addon (
    code VARCHAR(40) NOT NULL,
    name_es VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    entitlement_type VARCHAR(32) NULL,
    units_per_quantity INT NOT NULL,
    max_quantity INT NOT NULL,
    support_tier VARCHAR(16) NULL,
    position INT NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT ck_store_addon_units CHECK (units_per_quantity > 0 AND max_quantity > 0),
    CONSTRAINT ck_store_addon_effect CHECK (entitlement_type IS NOT NULL OR support_tier IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO store_addon (code, name_es, name_en, entitlement_type, units_per_quantity, max_quantity, support_tier,
                         position) VALUES
    ('extra-user', 'Usuario adicional', 'Additional user', 'USERS', 1, 1000, NULL, 1),
    ('dte-pack', 'Pack de DTE (100 documentos al mes)', 'DTE pack (100 documents a month)', 'DTE_DOCUMENTS', 100,
     1000, NULL, 2),
    ('worker', 'Trabajador', 'Worker', 'WORKERS', 1, 10000, NULL, 3),
    ('legal-entity', 'Razón social', 'Legal entity', 'LEGAL_ENTITIES', 1, 100, NULL, 4),
    ('priority-support', 'Soporte prioritario', 'Priority support', NULL, 1, 1, 'PRIORITARIO', 5);

CREATE TABLE store_price (
    id BIGINT NOT NULL AUTO_INCREMENT,
    product_kind VARCHAR(8) NOT NULL,
    product_code VARCHAR(40) NOT NULL,
    billing_period VARCHAR(8) NOT NULL,
    currency CHAR(3) NOT NULL,
    valid_from DATE NOT NULL,
    amount DECIMAL(18, 2) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_store_price (product_kind, product_code, billing_period, currency, valid_from),
    CONSTRAINT ck_store_price_kind CHECK (product_kind IN ('PLAN', 'ADDON')),
    CONSTRAINT ck_store_price_period CHECK (billing_period IN ('MONTHLY', 'ANNUAL')),
    CONSTRAINT ck_store_price_currency CHECK (currency IN ('CLP', 'COP', 'MXN', 'USD')),
    CONSTRAINT ck_store_price_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Demo prices: monthly list prices; the annual price is ten months (two months free).
INSERT INTO store_price (product_kind, product_code, billing_period, currency, valid_from, amount, created_at) VALUES
    ('PLAN', 'basico', 'MONTHLY', 'CLP', '2020-01-01', 29900, UTC_TIMESTAMP(6)),
    ('PLAN', 'basico', 'MONTHLY', 'COP', '2020-01-01', 129000, UTC_TIMESTAMP(6)),
    ('PLAN', 'basico', 'MONTHLY', 'MXN', '2020-01-01', 599, UTC_TIMESTAMP(6)),
    ('PLAN', 'basico', 'MONTHLY', 'USD', '2020-01-01', 39, UTC_TIMESTAMP(6)),
    ('PLAN', 'profesional', 'MONTHLY', 'CLP', '2020-01-01', 79900, UTC_TIMESTAMP(6)),
    ('PLAN', 'profesional', 'MONTHLY', 'COP', '2020-01-01', 349000, UTC_TIMESTAMP(6)),
    ('PLAN', 'profesional', 'MONTHLY', 'MXN', '2020-01-01', 1599, UTC_TIMESTAMP(6)),
    ('PLAN', 'profesional', 'MONTHLY', 'USD', '2020-01-01', 99, UTC_TIMESTAMP(6)),
    ('PLAN', 'empresa', 'MONTHLY', 'CLP', '2020-01-01', 199900, UTC_TIMESTAMP(6)),
    ('PLAN', 'empresa', 'MONTHLY', 'COP', '2020-01-01', 869000, UTC_TIMESTAMP(6)),
    ('PLAN', 'empresa', 'MONTHLY', 'MXN', '2020-01-01', 3999, UTC_TIMESTAMP(6)),
    ('PLAN', 'empresa', 'MONTHLY', 'USD', '2020-01-01', 249, UTC_TIMESTAMP(6)),
    ('ADDON', 'extra-user', 'MONTHLY', 'CLP', '2020-01-01', 4990, UTC_TIMESTAMP(6)),
    ('ADDON', 'extra-user', 'MONTHLY', 'COP', '2020-01-01', 21000, UTC_TIMESTAMP(6)),
    ('ADDON', 'extra-user', 'MONTHLY', 'MXN', '2020-01-01', 99, UTC_TIMESTAMP(6)),
    ('ADDON', 'extra-user', 'MONTHLY', 'USD', '2020-01-01', 6, UTC_TIMESTAMP(6)),
    ('ADDON', 'dte-pack', 'MONTHLY', 'CLP', '2020-01-01', 9990, UTC_TIMESTAMP(6)),
    ('ADDON', 'dte-pack', 'MONTHLY', 'COP', '2020-01-01', 42000, UTC_TIMESTAMP(6)),
    ('ADDON', 'dte-pack', 'MONTHLY', 'MXN', '2020-01-01', 199, UTC_TIMESTAMP(6)),
    ('ADDON', 'dte-pack', 'MONTHLY', 'USD', '2020-01-01', 12, UTC_TIMESTAMP(6)),
    ('ADDON', 'worker', 'MONTHLY', 'CLP', '2020-01-01', 1990, UTC_TIMESTAMP(6)),
    ('ADDON', 'worker', 'MONTHLY', 'COP', '2020-01-01', 8500, UTC_TIMESTAMP(6)),
    ('ADDON', 'worker', 'MONTHLY', 'MXN', '2020-01-01', 39, UTC_TIMESTAMP(6)),
    ('ADDON', 'worker', 'MONTHLY', 'USD', '2020-01-01', 2.50, UTC_TIMESTAMP(6)),
    ('ADDON', 'legal-entity', 'MONTHLY', 'CLP', '2020-01-01', 14990, UTC_TIMESTAMP(6)),
    ('ADDON', 'legal-entity', 'MONTHLY', 'COP', '2020-01-01', 63000, UTC_TIMESTAMP(6)),
    ('ADDON', 'legal-entity', 'MONTHLY', 'MXN', '2020-01-01', 299, UTC_TIMESTAMP(6)),
    ('ADDON', 'legal-entity', 'MONTHLY', 'USD', '2020-01-01', 18, UTC_TIMESTAMP(6)),
    ('ADDON', 'priority-support', 'MONTHLY', 'CLP', '2020-01-01', 49990, UTC_TIMESTAMP(6)),
    ('ADDON', 'priority-support', 'MONTHLY', 'COP', '2020-01-01', 210000, UTC_TIMESTAMP(6)),
    ('ADDON', 'priority-support', 'MONTHLY', 'MXN', '2020-01-01', 999, UTC_TIMESTAMP(6)),
    ('ADDON', 'priority-support', 'MONTHLY', 'USD', '2020-01-01', 59, UTC_TIMESTAMP(6));

INSERT INTO store_price (product_kind, product_code, billing_period, currency, valid_from, amount, created_at)
SELECT product_kind, product_code, 'ANNUAL', currency, valid_from, amount * 10, created_at
FROM store_price
WHERE billing_period = 'MONTHLY';
