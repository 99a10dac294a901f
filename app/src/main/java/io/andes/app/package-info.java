/** The deployable application: REST root, data source, schema migration and health checks. */
package io.andes.app;
