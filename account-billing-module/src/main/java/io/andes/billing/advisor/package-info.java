/**
 * The commercial-advisor channel: each tenant has an assigned advisor (a staff user with role {@code advisor}); the
 * tenant's people send commercial requests (new functionality, training, new product, demonstration) with their own
 * numbering ({@code C-000001}), a conversation, scheduled sessions and quotes of store items. It is not a support
 * channel: support agents never see it, advisors never see tickets, and no support SLA applies.
 */
package io.andes.billing.advisor;
