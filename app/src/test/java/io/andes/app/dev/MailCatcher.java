package io.andes.app.dev;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A real SMTP server on loopback (GreenMail) that keeps every message instead of delivering it, so that the mails
 * Keycloak and the application send (invitations, password resets) can be read: by tests through
 * {@link #messagesTo}, and in the dev run through IMAP (login = recipient address, any password) or the {@code .eml}
 * copies written by {@link #saveAndAnnounce}.
 */
public final class MailCatcher implements AutoCloseable {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;
    private volatile boolean running = true;

    /** One caught message as a test reads it; {@code text} falls back to the HTML when there is no plain part. */
    public record Mail(String from, String to, String subject, String text, String html) {}

    private MailCatcher(GreenMail greenMail, int smtpPort, int imapPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    /** SMTP only, for tests. */
    public static MailCatcher start(int smtpPort) {
        return start(smtpPort, 0);
    }

    /** SMTP and, unless {@code imapPort} is 0, IMAP; both on 127.0.0.1, any login accepted. */
    public static MailCatcher start(int smtpPort, int imapPort) {
        List<ServerSetup> setups = new ArrayList<>();
        setups.add(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        if (imapPort > 0) {
            setups.add(new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        }
        GreenMail greenMail = new GreenMail(setups.toArray(ServerSetup[]::new));
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailCatcher(greenMail, smtpPort, imapPort);
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The IMAP port, or 0 when IMAP was not started. */
    public int imapPort() {
        return imapPort;
    }

    /** Every message delivered to {@code address} (envelope recipient, so Cc and Bcc count), oldest first. */
    public List<Mail> messagesTo(String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                List<Mail> mails = new ArrayList<>();
                for (StoredMessage stored : inbox(user)) {
                    mails.add(read(address, stored.getMimeMessage()));
                }
                return mails;
            } catch (ConcurrentModificationException arriving) {
                // GreenMail appends to the mailbox list while it is read: a mail arrived meanwhile; read it again
                if (attempt == 5) {
                    throw arriving;
                }
            }
        }
    }

    /** The newest message to {@code address}, waiting for one to arrive; fails after {@code timeout}. */
    public Mail awaitMessageTo(String address, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<Mail> mails = messagesTo(address);
            if (!mails.isEmpty()) {
                return mails.get(mails.size() - 1);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("No mail to " + address + " within " + timeout);
            }
            pause(Duration.ofMillis(100));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for mail", e);
        }
    }

    /** Closes the ports, as an SMTP outage would, until {@link #start()}; tests use it to make sending fail. */
    public void stop() {
        greenMail.stop();
    }

    /** Opens the ports again after {@link #stop()}. */
    public void start() {
        greenMail.start();
    }

    /** Forgets every message caught so far. */
    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * For the dev run: a daemon thread writes each new message as {@code .eml} into {@code directory} and prints one
     * console line, so that a developer sees the invitation link without opening a mail client.
     */
    public void saveAndAnnounce(Path directory) throws IOException {
        Files.createDirectories(directory);
        Thread watcher = new Thread(() -> watch(directory), "mail-catcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch(Path directory) {
        Set<String> seen = new HashSet<>();
        while (running) {
            try {
                announceNew(directory, seen);
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | MessagingException | RuntimeException e) {
                System.err.println("Mail catcher could not save a message: " + e);
            }
        }
    }

    private void announceNew(Path directory, Set<String> seen) throws IOException, MessagingException {
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            for (StoredMessage stored : inbox(user)) {
                if (seen.add(user.getEmail() + "#" + stored.getUid())) {
                    announce(directory, user.getEmail(), stored);
                }
            }
        }
    }

    private static void announce(Path directory, String recipient, StoredMessage stored)
            throws IOException, MessagingException {
        String name = FILE_TIME.format(LocalDateTime.now()) + "-" + recipient.replaceAll("[^A-Za-z0-9@._-]", "_") + "-"
                + stored.getUid() + ".eml";
        Path file = directory.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            stored.getMimeMessage().writeTo(out);
        }
        System.out.println(
                "Mail to " + recipient + ": " + stored.getMimeMessage().getSubject() + " (saved " + file + ")");
    }

    private List<StoredMessage> inbox(GreenMailUser user) {
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(String recipient, MimeMessage message) {
        try {
            Bodies bodies = new Bodies();
            bodies.collect(message);
            String from = message.getFrom() == null ? null : ((InternetAddress) message.getFrom()[0]).getAddress();
            String text = bodies.text != null ? bodies.text : bodies.html;
            return new Mail(from, recipient, message.getSubject(), text, bodies.html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail to " + recipient, e);
        }
    }

    /** The first plain-text and the first HTML part found walking a (possibly nested) multipart message. */
    private static final class Bodies {
        private String text;
        private String html;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        greenMail.stop();
    }
}
