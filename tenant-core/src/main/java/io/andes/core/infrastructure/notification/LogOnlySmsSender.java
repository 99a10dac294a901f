package io.andes.core.infrastructure.notification;

import io.andes.core.domain.notification.PhoneNumber;
import io.andes.core.domain.notification.SmsSender;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * The default SMS "provider" ({@code andes.sms.provider=log}): writes one log line per message instead of sending it,
 * for development and for deployments without an SMS contract. The phone is masked but for its last four digits and
 * the text is logged only at FINE: log files are read by more people than the recipient.
 */
@ApplicationScoped
class LogOnlySmsSender implements SmsSender {

    static final String ID = "log";

    private static final Logger LOG = Logger.getLogger(LogOnlySmsSender.class.getName());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void send(PhoneNumber to, String text) {
        LOG.info(() ->
                "SMS (not sent, andes.sms.provider=log) to " + to.masked() + ", " + text.length() + " characters");
        LOG.fine(() -> "SMS text to " + to.masked() + ": " + text);
    }
}
