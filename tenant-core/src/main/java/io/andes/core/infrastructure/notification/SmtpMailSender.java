package io.andes.core.infrastructure.notification;

import io.andes.core.api.OutgoingEmail;
import io.andes.core.domain.notification.DeliveryException;
import io.andes.core.domain.notification.MailSender;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail through an SMTP server with Jakarta Mail (Angus, provided by Payara Micro), configured by {@code andes.smtp.*}.
 * Connect, read and write time out after 5 s, so a hanging server costs one attempt, not a stuck dispatcher. Without
 * {@code andes.smtp.host} every attempt fails with that message: mails wait in the outbox until it is set.
 */
@ApplicationScoped
class SmtpMailSender implements MailSender {

    private static final String TIMEOUT_MILLIS = "5000";

    @Inject
    @ConfigProperty(name = "andes.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "andes.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "andes.smtp.from", defaultValue = "no-reply@andes.dev")
    String from;

    @Inject
    @ConfigProperty(name = "andes.smtp.reply-to", defaultValue = "soporte@andes.dev")
    String replyTo;

    @Inject
    @ConfigProperty(name = "andes.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "andes.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "andes.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    Clock clock;

    private Session session;
    private MimeMessages.Addresses addresses;

    @PostConstruct
    void configure() {
        try {
            addresses = new MimeMessages.Addresses(new InternetAddress(from, true), new InternetAddress(replyTo, true));
        } catch (AddressException e) {
            throw new IllegalStateException("andes.smtp.from and andes.smtp.reply-to must be e-mail addresses", e);
        }
        session = Session.getInstance(properties(), authenticator());
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElse("localhost"));
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        // STARTTLS when asked for is required, never optional: credentials must not fall back to a plain connection.
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        return properties;
    }

    private Authenticator authenticator() {
        if (user.isEmpty()) {
            return null;
        }
        PasswordAuthentication credentials = new PasswordAuthentication(user.get(), password.orElse(""));
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return credentials;
            }
        };
    }

    @Override
    public void send(String messageId, OutgoingEmail email) throws DeliveryException {
        if (host.isEmpty()) {
            throw new DeliveryException("SMTP not configured: andes.smtp.host is not set");
        }
        try {
            Transport.send(MimeMessages.build(session, addresses, messageId, email, clock.instant()));
        } catch (MessagingException e) {
            throw new DeliveryException(DeliveryErrors.describe("SMTP", e, password));
        }
    }
}
