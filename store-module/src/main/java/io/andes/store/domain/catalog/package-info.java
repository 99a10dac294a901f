/**
 * The vendor's catalog: the add-ons on sale (each raises one quota by a number of units, or the support tier) and
 * the prices of plans and add-ons per billing period and currency, each valid from a date.
 */
package io.andes.store.domain.catalog;
