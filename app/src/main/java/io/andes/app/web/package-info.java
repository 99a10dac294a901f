/**
 * The browser side of the WAR: login through Keycloak (authorization code) next to bearer tokens for the API, the
 * callback, landing and logout routes, and the checks every portal page shares.
 */
package io.andes.app.web;
