/** What other modules and the pages use of credits: the views, and the refund requests the payment gateway executes. */
package io.andes.billing.credit.api;
