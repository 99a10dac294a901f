/** Tenants (the vendor's customer companies), their tax identity and their plan. */
package io.andes.core.domain.tenant;
