/** Payments, the tenant's payment account, automatic charges, minor units and the gateway port. */
package io.andes.billing.payment.domain;
