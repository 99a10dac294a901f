/**
 * Credits: credit notes billing staff grant for claims, the tenant's credit balance the next renewal invoice uses,
 * refund requests for the payment gateway, the settlement of a cancellation and paid urgent support with the credit
 * proposed when its SLA is missed.
 */
package io.andes.billing.credit;
