package io.andes.core.application;

import io.andes.core.api.NotificationView;
import io.andes.core.api.Notifications;
import io.andes.core.api.OutgoingEmail;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.domain.notification.NotRetryableException;
import io.andes.core.domain.notification.OutboxMessage;
import io.andes.core.domain.notification.OutboxRepository;
import io.andes.core.infrastructure.Ids;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;

/** The outbox's door for modules and staff; see {@link Notifications}. Delivery is {@link OutboxDelivery}'s. */
@ApplicationScoped
public class NotificationUseCases implements Notifications {

    @Inject
    OutboxRepository outbox;

    @Inject
    Clock clock;

    /** A refused input writes nothing, so it leaves the caller's transaction usable (no rollback-only). */
    @Override
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public String queueEmail(OutgoingEmail email) {
        if (email == null) {
            throw new IllegalArgumentException("An e-mail is required");
        }
        OutboxMessage message = OutboxMessage.email(
                Ids.next(),
                NotificationInputs.email(email.to()),
                NotificationInputs.subject(email.subject()),
                NotificationInputs.text("text", email.text(), NotificationInputs.TEXT_LIMIT),
                NotificationInputs.html(email.html()),
                clock.instant());
        outbox.add(message);
        return message.id();
    }

    @Override
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public String queueSms(String phone, String text) {
        OutboxMessage message = OutboxMessage.sms(
                Ids.next(),
                NotificationInputs.phone(phone),
                NotificationInputs.text("text", text, NotificationInputs.SMS_LIMIT),
                clock.instant());
        outbox.add(message);
        return message.id();
    }

    @Override
    @Transactional(TxType.REQUIRED)
    public Page<NotificationView> list(PageRequest page) {
        return new Page<>(
                outbox.page(page.offset(), page.size()).stream()
                        .map(OutboxMessage::view)
                        .toList(),
                page.page(),
                page.size(),
                outbox.count());
    }

    @Override
    @Transactional(TxType.REQUIRED)
    public NotificationView retry(String id) {
        OutboxMessage message = outbox.find(id == null ? "" : id)
                .orElseThrow(() -> ProblemException.notFound("la notificación " + id, "Notification " + id));
        try {
            message.retryNow(clock.instant());
        } catch (NotRetryableException e) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Solo una notificación FAILED se puede reintentar; esta está " + e.status() + ".",
                    "Only a FAILED notification can be retried; this one is " + e.status() + ".");
        }
        return message.view();
    }
}
