package io.andes.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.andes.core.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RecordLookupTest {

    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<String> reader(String value) {
        return () -> value + reads.incrementAndGet();
    }

    @Test
    void readsOnceUntilForgotten() {
        RecordLookup<String> lookup = new RecordLookup<>();
        assertEquals("T1", lookup.get(reader("T")));
        assertEquals("T1", lookup.get(reader("T")));
        lookup.forget();
        assertEquals("T2", lookup.get(reader("T")));
        assertFalse(lookup.isMissing());
    }

    @Test
    void readsAgainWhenTheLanguageChanges() {
        RecordLookup<String> lookup = new RecordLookup<>();
        assertEquals("es1", lookup.get(false, reader("es")));
        assertEquals("es1", lookup.get(false, reader("es")));
        assertEquals("en2", lookup.get(true, reader("en")));
    }

    @Test
    void remembersAMissingRecordWithoutReadingAgain() {
        RecordLookup<String> lookup = new RecordLookup<>();
        Supplier<String> failing = () -> {
            reads.incrementAndGet();
            throw ProblemException.notFound("el ticket T-9", "Ticket T-9");
        };
        assertNull(lookup.get(failing));
        assertNull(lookup.get(failing));
        assertTrue(lookup.isMissing());
        assertEquals(1, reads.get());
    }

    @Test
    void aMalformedKeyCountsAsMissing() {
        RecordLookup<String> lookup = new RecordLookup<>();
        assertNull(lookup.get(() -> {
            throw new IllegalArgumentException("bad number");
        }));
        assertTrue(lookup.isMissing());
    }

    @Test
    void theRecordIsReadAgainAfterTheViewMovedToAnotherInstance() throws Exception {
        RecordLookup<String> lookup = new RecordLookup<>();
        lookup.get(reader("T"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(lookup);
        }
        @SuppressWarnings("unchecked")
        RecordLookup<String> moved = (RecordLookup<String>)
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertEquals("T2", moved.get(reader("T")));
    }
}
