/**
 * Payments of invoices: card payments through a {@code PaymentGateway} (Stripe, or the local sandbox), the card on
 * file and automatic payment of renewals with its retries, bank transfers recorded by staff, the gateway's webhooks
 * and the tenant's payment history.
 */
package io.andes.billing.payment;
