/**
 * The advisor channel's API: the tenant's commercial requests, its advisor and its setting; the advisors' inbox, the
 * assignments and the advisors' profiles. Support routes are not here, and these are not reachable by support staff.
 */
package io.andes.billing.advisor.interfaces.rest;
