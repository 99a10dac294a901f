/**
 * Andes account and billing. For now it holds the commercial-advisor channel ({@code io.andes.billing.advisor}): the
 * vendor's account executive of each tenant, the tenant's commercial requests and the quotes of store items, kept apart
 * from support.
 */
package io.andes.billing;
