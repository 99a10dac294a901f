package io.andes.core.infrastructure.notification;

import io.andes.core.api.OutgoingEmail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Date;

/**
 * Builds the MIME form of an outbox e-mail: UTF-8 subject and bodies; plain text alone, or plain text and HTML as
 * {@code multipart/alternative} (text first, so clients that can show HTML prefer it). The Message-ID is derived from
 * the outbox id, so a message sent twice after a failure is recognisable as one.
 */
final class MimeMessages {

    private static final String UTF_8 = "UTF-8";

    private MimeMessages() {}

    static MimeMessage build(Session session, Addresses addresses, String outboxId, OutgoingEmail email, Instant now)
            throws MessagingException {
        MimeMessage message = new StableIdMessage(session, "<" + outboxId + "@" + addresses.domain() + ">");
        message.setFrom(addresses.from());
        message.setReplyTo(new InternetAddress[] {addresses.replyTo()});
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), true));
        message.setSubject(email.subject(), UTF_8);
        message.setSentDate(Date.from(now));
        if (email.hasHtml()) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), UTF_8);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), UTF_8, "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        } else {
            message.setText(email.text(), UTF_8);
        }
        message.saveChanges();
        return message;
    }

    /** The sender's and the reply addresses; the Message-ID's domain is the sender's. */
    record Addresses(InternetAddress from, InternetAddress replyTo) {

        String domain() {
            return from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        }
    }

    /** Jakarta Mail replaces the Message-ID on every save unless told otherwise. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
