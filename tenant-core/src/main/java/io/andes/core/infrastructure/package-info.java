/** JPA repositories, identifiers and the clock: the core's adapters to the outside. */
package io.andes.core.infrastructure;
