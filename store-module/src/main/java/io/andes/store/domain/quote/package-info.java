/**
 * Quotes: per line the prorated amount for the rest of the running period and the recurring amount from the next
 * renewal, with tax and totals, and a fingerprint that changes whenever any figure of the quote would change.
 */
package io.andes.store.domain.quote;
