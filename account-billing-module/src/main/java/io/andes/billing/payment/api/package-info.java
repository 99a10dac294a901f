/** What other modules and the portal read of payments: views and events. */
package io.andes.billing.payment.api;
