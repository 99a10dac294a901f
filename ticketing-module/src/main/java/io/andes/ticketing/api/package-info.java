/** What other modules and the pages use of ticketing: the views of tickets and of the support catalog. */
package io.andes.ticketing.api;
