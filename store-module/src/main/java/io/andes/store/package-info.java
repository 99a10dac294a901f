/**
 * Andes store: the add-on catalog and its prices, each tenant's subscription, quotes that prorate by days in the
 * tenant's time zone, and orders that raise the tenant's quotas at once and leave the prorated amounts as pending
 * charges for the next renewal invoice.
 */
package io.andes.store;
