/**
 * PQRS (peticiones, quejas, reclamos y sugerencias), the complaints box apart from product support: the filings and
 * their conversation, the kinds of filing, and the legal response deadline in business days of the tenant's country.
 */
package io.andes.ticketing.domain.pqrs;
