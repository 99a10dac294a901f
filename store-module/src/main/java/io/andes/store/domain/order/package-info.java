/**
 * Store orders of a tenant (numbered O-000001 per tenant), their lines with the proration figures, and the pending
 * charges an order activated now leaves for the next renewal invoice.
 */
package io.andes.store.domain.order;
