/** What other modules may use from the core: quotas, tenants, users, notifications (the outbox), paging. */
package io.andes.core.api;
