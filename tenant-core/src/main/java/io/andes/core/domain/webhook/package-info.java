/**
 * Outbound webhooks: the endpoints a tenant registers for its integrations, the events they may subscribe to, the
 * URL rules and the HMAC-SHA256 signature every delivery carries. Deliveries themselves go through the outbox.
 */
package io.andes.core.domain.webhook;
