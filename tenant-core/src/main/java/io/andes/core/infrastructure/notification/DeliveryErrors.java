package io.andes.core.infrastructure.notification;

import java.util.Optional;

/**
 * Turns a sender's exception into the last error staff read: the exception's type and first line, with its innermost
 * cause when there is one, at most 300 characters, and the configured secret blanked out in case a server echoed it.
 * Never a stack trace.
 */
final class DeliveryErrors {

    static final int LIMIT = 300;

    private DeliveryErrors() {}

    static String describe(String channel, Throwable failure, Optional<String> secret) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = channel + ": " + summary(failure) + (root == failure ? "" : " (" + summary(root) + ")");
        if (secret.isPresent() && !secret.get().isEmpty()) {
            text = text.replace(secret.get(), "***");
        }
        return text.length() <= LIMIT ? text : text.substring(0, LIMIT - 1) + "…";
    }

    private static String summary(Throwable failure) {
        String message =
                failure.getMessage() == null ? "" : failure.getMessage().strip();
        int lineEnd = message.indexOf('\n');
        String line = (lineEnd < 0 ? message : message.substring(0, lineEnd)).strip();
        return failure.getClass().getSimpleName() + (line.isEmpty() ? "" : ": " + line);
    }
}
