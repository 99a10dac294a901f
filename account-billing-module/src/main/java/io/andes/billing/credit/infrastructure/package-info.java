/** JPA repositories of credits. */
package io.andes.billing.credit.infrastructure;
