package io.andes.core.api;

/** An e-mail to queue: one recipient, a subject, a plain-text body and, optionally, an HTML alternative. */
public record OutgoingEmail(String to, String subject, String text, String html) {

    public static OutgoingEmail plain(String to, String subject, String text) {
        return new OutgoingEmail(to, subject, text, null);
    }

    public boolean hasHtml() {
        return html != null && !html.isBlank();
    }
}
