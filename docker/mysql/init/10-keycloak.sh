#!/bin/sh
# Keycloak's own database and user on the same MySQL server. The mysql image runs this once, on the first start with
# an empty data volume; the application's database and user come from MYSQL_DATABASE / MYSQL_USER.
set -eu
mysql --protocol=socket --user=root --password="$MYSQL_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${KEYCLOAK_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
