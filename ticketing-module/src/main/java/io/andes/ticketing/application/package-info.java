/** Ticket use cases, one transaction each: the tenant's side (TicketUseCases, attachments) and the agents' (SupportDesk). */
package io.andes.ticketing.application;
