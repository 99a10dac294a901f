/** REST resources of payments: the tenant's routes, staff routes and the Stripe webhook. */
package io.andes.billing.payment.interfaces.rest;
