package io.andes.core.infrastructure;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The health of a task the container's scheduler repeats, logged quietly: one WARNING when it starts failing, one INFO
 * when it works again, nothing while it stays healthy or keeps failing.
 */
public final class RepeatingTaskHealth {

    private final Logger log;
    private final String failingMessage;
    private final String recoveredMessage;
    private final boolean stackTrace;
    private final AtomicBoolean failing = new AtomicBoolean();

    private RepeatingTaskHealth(Logger log, String failingMessage, String recoveredMessage, boolean stackTrace) {
        this.log = log;
        this.failingMessage = failingMessage;
        this.recoveredMessage = recoveredMessage;
        this.stackTrace = stackTrace;
    }

    /** The warning carries the failure's stack trace. */
    public static RepeatingTaskHealth withStackTrace(Logger log, String failingMessage, String recoveredMessage) {
        return new RepeatingTaskHealth(log, failingMessage, recoveredMessage, true);
    }

    /** The warning names the failure in one line (the database gone, say: its stack trace tells nothing more). */
    public static RepeatingTaskHealth inOneLine(Logger log, String failingMessage, String recoveredMessage) {
        return new RepeatingTaskHealth(log, failingMessage, recoveredMessage, false);
    }

    public void worked() {
        if (failing.compareAndSet(true, false)) {
            log.info(recoveredMessage);
        }
    }

    public void failed(RuntimeException e) {
        if (failing.compareAndSet(false, true)) {
            if (stackTrace) {
                log.log(Level.WARNING, failingMessage, e);
            } else {
                log.log(Level.WARNING, failingMessage + ": " + e);
            }
        }
    }
}
