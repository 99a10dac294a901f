/** Payment use cases: pay now, settle, automatic charges and their retries, transfers, history. */
package io.andes.billing.payment.application;
