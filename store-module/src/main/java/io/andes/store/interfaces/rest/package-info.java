/** The store's REST API under {@code /api/v1/store}: catalog, quotes, orders, pending charges, subscription. */
package io.andes.store.interfaces.rest;
