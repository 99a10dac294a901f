/**
 * Multi-item post-sale requests ("solicitudes"): a draft collects items, each with its category, description and
 * photos, and is submitted whole; every item then becomes a ticket of its own that carries the request's number.
 */
package io.andes.ticketing.domain.request;
