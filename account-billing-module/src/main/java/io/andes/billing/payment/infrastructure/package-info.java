/** The Stripe and sandbox gateways, JPA repositories, the receipt PDF and the automatic-charge job. */
package io.andes.billing.payment.infrastructure;
