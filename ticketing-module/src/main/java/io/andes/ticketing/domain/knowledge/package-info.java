/**
 * The knowledge base and the news: the vendor's articles ("posibles soluciones") and notices, addressed to every tenant
 * or to one, shown within a publish window in Spanish or English; and the answers of tenants' users to "¿Esto resolvió
 * su problema?" (deflection).
 */
package io.andes.ticketing.domain.knowledge;
