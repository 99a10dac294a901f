/** JPA repositories of the advisor channel and the native cross-tenant inbox query. */
package io.andes.billing.advisor.infrastructure;
