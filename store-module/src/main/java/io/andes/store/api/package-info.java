/** What other modules and the portal may use of the store: the views of quotes, orders and subscriptions. */
package io.andes.store.api;
