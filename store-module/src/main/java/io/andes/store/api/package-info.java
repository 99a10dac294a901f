/**
 * What other modules and the portal may use of the store: the views of quotes, orders and subscriptions, the renewal's
 * side of the store, one-off services charged on the next renewal and the end of a subscription.
 */
package io.andes.store.api;
