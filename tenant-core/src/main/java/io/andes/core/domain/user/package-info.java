/**
 * A tenant's people who may sign in: the local record of each account (role, status, who invited it) and the port to
 * the identity provider that holds the credentials.
 */
package io.andes.core.domain.user;
