/**
 * The advisor channel's use cases, one transaction each: the tenant's side (send, follow, reply, accept a quote, its
 * advisor and its setting), the advisors' inbox (each action an audited staff access to that tenant) and the
 * platform admins' assignment of advisors.
 */
package io.andes.billing.advisor.application;
