/**
 * What other modules and the pages use of the advisor channel: the views of commercial requests, advisors and quotes,
 * and the {@link io.andes.billing.advisor.api.AdvisorQuoteAccepted} event the store listens to.
 */
package io.andes.billing.advisor.api;
