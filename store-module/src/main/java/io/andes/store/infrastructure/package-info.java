/** JPA repositories of the store and the configured tax rates. */
package io.andes.store.infrastructure;
