/** What the portal, the console and integrators may use of billing: the views of invoices, accounts and runs. */
package io.andes.billing.invoice.api;
