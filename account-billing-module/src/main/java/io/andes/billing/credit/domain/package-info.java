/** The credit ledger, the settlement figures, urgent purchases and credit proposals, and their repositories. */
package io.andes.billing.credit.domain;
