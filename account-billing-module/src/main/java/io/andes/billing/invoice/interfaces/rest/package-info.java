/** The billing REST API: the tenant-admin's account and invoices, the staff's renewal runs and voiding. */
package io.andes.billing.invoice.interfaces.rest;
