package io.andes.app.it;

import io.andes.app.dev.MailCatcher.Mail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a condition holds, failing with the last value seen after a deadline (never a sleep-as-assertion). */
final class Eventually {

    static final Duration DELIVERY = Duration.ofSeconds(60);

    private Eventually() {}

    /** The first mail to {@code address} whose subject starts with {@code subjectPrefix}, once it has arrived. */
    static Mail mail(String address, String subjectPrefix) {
        return await(
                        () -> mailsTo(address, subjectPrefix),
                        mails -> !mails.isEmpty(),
                        "a mail to " + address + " titled " + subjectPrefix)
                .get(0);
    }

    /** The mails to {@code address} received so far whose subject starts with {@code subjectPrefix}. */
    static List<Mail> mailsTo(String address, String subjectPrefix) {
        return ItEnvironment.mail().messagesTo(address).stream()
                .filter(m -> m.subject() != null && m.subject().startsWith(subjectPrefix))
                .toList();
    }

    static <T> T await(Supplier<T> probe, Predicate<T> done, String what) {
        Instant deadline = Instant.now().plus(DELIVERY);
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + DELIVERY + " for " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        return value;
    }
}
