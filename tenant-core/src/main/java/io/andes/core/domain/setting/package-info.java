/** Per-tenant settings that tenants change themselves, one row per setting (such as SMS notices on or off). */
package io.andes.core.domain.setting;
