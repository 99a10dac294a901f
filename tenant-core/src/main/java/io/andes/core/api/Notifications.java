package io.andes.core.api;

/**
 * Messages to people (e-mail, SMS) through the transactional outbox. A module queues a message inside its own
 * transaction, for the bound tenant: the message is written together with the change it announces, so a change that
 * rolls back sends nothing, and one that commits is delivered even if the mail server is down at that moment
 * (retried with growing pauses; after {@code andes.outbox.max-attempts} it is FAILED and staff may retry it).
 *
 * <p>The queue methods require the caller's transaction ({@code TxType.MANDATORY}): queuing outside one would commit
 * the message on its own, whatever became of the change, so it is refused as the programming error it is.
 */
public interface Notifications {

    /** Queues an e-mail; answers the notification's id. Invalid input is a 400 naming the field. */
    String queueEmail(OutgoingEmail email);

    /** Queues an SMS to an E.164 phone ({@code +56912345678}); answers the notification's id. */
    String queueSms(String phone, String text);

    /** The bound tenant's notifications, newest first, with their delivery status (for staff). */
    Page<NotificationView> list(PageRequest page);

    /** Sends a FAILED notification again at once (one more attempt); anything else is a 409, unknown a 404. */
    NotificationView retry(String id);
}
