/** Benchmarks of the entitlement consumption path: the real API against the raw JDBC ceiling of the same transaction. */
package io.andes.bench;
