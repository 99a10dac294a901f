/**
 * The numbers people quote when they call or write: tickets ({@code T-000123}), post-sale requests
 * ({@code S-000012}) and PQRS filings ({@code PQRS-2026-000045}). Each counts per tenant, and per year for PQRS.
 */
package io.andes.ticketing.domain.numbering;
