/** JPA repositories of tickets and of the support catalog. */
package io.andes.ticketing.infrastructure;
