/** The store's use cases: one transaction each, always within the caller's tenant. */
package io.andes.store.application;
