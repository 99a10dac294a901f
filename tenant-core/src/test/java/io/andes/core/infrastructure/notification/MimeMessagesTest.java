package io.andes.core.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.api.OutgoingEmail;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeMessagesTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");

    private static MimeMessage build(OutgoingEmail email) throws Exception {
        var addresses = new MimeMessages.Addresses(
                new InternetAddress("Andes <no-reply@andes.dev>"), new InternetAddress("soporte@andes.dev"));
        return MimeMessages.build(SESSION, addresses, "0190c3a0-0000-7000-8000-00000000abcd", email, NOW);
    }

    @Test
    void plainTextAloneIsOneUtf8Part() throws Exception {
        MimeMessage message = build(OutgoingEmail.plain("jefa@sur.cl", "Cuenta suspendida: Café Montaña", "Año ñandú"));

        assertThat(message.getSubject()).isEqualTo("Cuenta suspendida: Café Montaña");
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(message.isMimeType("text/plain")).isTrue();
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(message.getContent()).isEqualTo("Año ñandú");
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("jefa@sur.cl");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Andes <no-reply@andes.dev>");
        assertThat(message.getReplyTo()[0].toString()).isEqualTo("soporte@andes.dev");
    }

    @Test
    void htmlMakesAMultipartAlternativeWithTheTextFirst() throws Exception {
        MimeMessage message = build(new OutgoingEmail("jefa@sur.cl", "Hola", "Texto ñ", "<p>Texto ñ</p>"));

        assertThat(message.isMimeType("multipart/alternative")).isTrue();
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(parts.getBodyPart(1).getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Texto ñ</p>");
    }

    @Test
    void theMessageIdComesFromTheOutboxIdAndSurvivesSaving() throws Exception {
        MimeMessage message = build(OutgoingEmail.plain("jefa@sur.cl", "Hola", "Texto"));
        message.saveChanges();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);

        assertThat(message.getMessageID()).isEqualTo("<0190c3a0-0000-7000-8000-00000000abcd@andes.dev>");
        assertThat(raw.toString(StandardCharsets.UTF_8)).contains("0190c3a0-0000-7000-8000-00000000abcd@andes.dev");
        assertThat(message.getSentDate().toInstant()).isEqualTo(NOW);
    }
}
