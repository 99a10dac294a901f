/**
 * Money as DESIGN.md "Money" says: amounts in the currency's minor unit rounded HALF_UP per line, the day-based
 * proration rule (the activation day counted) and tax on the net total by the tenant's billing country.
 */
package io.andes.store.domain.money;
