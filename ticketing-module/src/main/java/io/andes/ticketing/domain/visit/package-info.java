/**
 * Service visits (folios de servicio) and meetings arranged on a ticket. A visit is scheduled only after the remote
 * checklist was worked through (equipment on, restarted, the remote attempt's result written down), and ends with its
 * outcome; a meeting is a date with a safe https link.
 */
package io.andes.ticketing.domain.visit;
