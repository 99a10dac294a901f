/**
 * The vendor staff's console under {@code /admin}: the tenant list, a tenant's detail (read through the audited staff
 * access) with suspension and reactivation, and the onboarding of a new tenant. View beans only parse input, call the
 * core's use cases and turn their problems into page messages.
 */
package io.andes.admin;
