/**
 * The outbox's ways out and its clock: the SMTP sender (Jakarta Mail, provided by the server), the SMS providers
 * ({@code log}, {@code http}) and the poller that runs the dispatcher on the container's scheduled executor.
 */
package io.andes.core.infrastructure.notification;
