/** The vendor's support catalog: services, the category tree of each, and the queue every leaf routes to. */
package io.andes.ticketing.domain.catalog;
