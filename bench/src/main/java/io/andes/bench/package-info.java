/**
 * Benchmarks of the platform's hot paths through the real API against raw JDBC ceilings of the same transactions:
 * entitlement consumption, and the ticket history, search and opening on a seeded million-ticket database.
 */
package io.andes.bench;
