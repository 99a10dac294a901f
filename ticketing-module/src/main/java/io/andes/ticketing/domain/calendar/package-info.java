/**
 * Business time: national holidays of Chile, Colombia and Mexico for any year, opening hours in the tenant's time
 * zone, and the arithmetic of business minutes and business days that SLA and PQRS deadlines run on.
 */
package io.andes.ticketing.domain.calendar;
