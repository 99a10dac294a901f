package io.andes.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepeatingTaskHealthTest {

    private final Logger log = Logger.getLogger(RepeatingTaskHealthTest.class.getName() + ".task");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        log.setUseParentHandlers(false);
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void warnsOnceWhenFailuresStartAndTellsOnceWhenTheTaskWorksAgain() {
        RepeatingTaskHealth health = RepeatingTaskHealth.withStackTrace(log, "The task fails", "The task works again");
        health.worked();
        health.failed(new IllegalStateException("database gone"));
        health.failed(new IllegalStateException("database still gone"));
        health.worked();
        health.worked();

        assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.WARNING, Level.INFO);
        assertThat(records.get(0).getMessage()).isEqualTo("The task fails");
        assertThat(records.get(0).getThrown()).hasMessage("database gone");
        assertThat(records.get(1).getMessage()).isEqualTo("The task works again");
    }

    @Test
    void inOneLineNamesTheFailureWithoutItsStackTrace() {
        RepeatingTaskHealth health = RepeatingTaskHealth.inOneLine(log, "The task cannot run", "The task runs again");
        health.failed(new IllegalStateException("database gone"));

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getMessage())
                    .isEqualTo("The task cannot run: java.lang.IllegalStateException: database gone");
            assertThat(record.getThrown()).isNull();
        });
    }
}
