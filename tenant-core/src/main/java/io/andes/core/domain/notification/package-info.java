/**
 * The notification outbox: a message queued in the same transaction as the change it announces, delivered later by
 * the dispatcher through a {@link io.andes.core.domain.notification.MailSender} or an
 * {@link io.andes.core.domain.notification.SmsSender}, retried by a {@link
 * io.andes.core.domain.notification.RetryPolicy}.
 */
package io.andes.core.domain.notification;
