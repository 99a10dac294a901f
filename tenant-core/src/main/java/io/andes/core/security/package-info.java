/** Authentication: access-token validation, the authentication mechanism and the current user. */
package io.andes.core.security;
