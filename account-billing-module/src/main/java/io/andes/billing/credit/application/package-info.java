/** Use cases of credits: one transaction each, staff work on a tenant bound explicitly and audited. */
package io.andes.billing.credit.application;
