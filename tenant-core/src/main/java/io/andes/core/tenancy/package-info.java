/** Tenant binding per request and the tenant-scoped persistence that enforces isolation. */
package io.andes.core.tenancy;
