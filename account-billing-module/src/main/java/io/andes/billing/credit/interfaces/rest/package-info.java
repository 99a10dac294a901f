/** REST resources of credits: staff under {@code /billing/tenants/{tenant}}, the tenant's own under {@code /billing}. */
package io.andes.billing.credit.interfaces.rest;
