/** What other modules may use from the core: quotas, tenants, paging. */
package io.andes.core.api;
