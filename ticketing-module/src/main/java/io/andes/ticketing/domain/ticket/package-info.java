/**
 * The support ticket's lifecycle: its statuses and the events that move between them, the reopening window, and
 * the subject similarity used to warn about likely duplicates.
 */
package io.andes.ticketing.domain.ticket;
