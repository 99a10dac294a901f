-- The people of each tenant who may sign in. The account itself (credentials, roles for tokens) lives in Keycloak
-- under the same id; this table keeps what the portal lists and audits: role, status, who invited whom and when.
CREATE TABLE tenant_user (
    tenant_id VARCHAR(40) NOT NULL,
    id CHAR(36) NOT NULL,
    email VARCHAR(254) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    role VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    invited_at TIMESTAMP(6) NOT NULL,
    invited_by VARCHAR(300) NOT NULL,
    deactivated_at TIMESTAMP(6) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE KEY uk_tenant_user_email (tenant_id, email),
    KEY ix_tenant_user_listing (tenant_id, status, email),
    CONSTRAINT fk_tenant_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_tenant_user_role CHECK (role IN ('TENANT_USER', 'TENANT_ADMIN')),
    CONSTRAINT ck_tenant_user_status CHECK (status IN ('ACTIVE', 'DEACTIVATED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
