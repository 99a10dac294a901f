/**
 * Andes ticketing: support tickets and PQRS filings of a tenant, their lifecycle and reopening rules, SLA clocks
 * that run on each country's business calendar, attachment rules and the numbers people quote on the phone.
 */
package io.andes.ticketing;
