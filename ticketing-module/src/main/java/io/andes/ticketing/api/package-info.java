/**
 * What other modules and the pages use of ticketing: the views of tickets and of the support catalog, the facts billing
 * reads of a ticket (and the paid urgency it sets), and the event of an urgent ticket that missed its SLA.
 */
package io.andes.ticketing.api;
