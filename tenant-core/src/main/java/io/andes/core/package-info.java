/**
 * Andes' shared kernel: tenants and their quotas, the audit log, per-request tenant binding with enforced isolation,
 * bearer-token authentication and the REST conventions every module follows.
 */
package io.andes.core;
