/**
 * Service-level agreements: the targets a tenant's contract promises for its support tier, and the clock that
 * measures a ticket against them in business time, pausing while the ticket waits on the customer.
 */
package io.andes.ticketing.domain.sla;
