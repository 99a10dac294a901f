/** Quotas of a tenant (entitlements), their atomic consumption and release, and the ledger of movements. */
package io.andes.core.domain.entitlement;
