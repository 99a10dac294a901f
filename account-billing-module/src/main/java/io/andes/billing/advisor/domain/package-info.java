/**
 * The advisor channel's domain: commercial requests and their conversation, statuses and numbers, scheduled sessions,
 * quotes of store items, the advisors' profiles and the tenant-to-advisor assignment, and the rule that tells support
 * problems from commercial questions.
 */
package io.andes.billing.advisor.domain;
