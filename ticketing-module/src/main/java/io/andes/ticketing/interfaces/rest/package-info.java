/** The ticket API: the tenant's tickets and files, the catalog, and the support agents' routes. */
package io.andes.ticketing.interfaces.rest;
