package io.andes.core.infrastructure;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Identifiers for new rows: time-ordered UUIDs (version 7), so inserts land at the end of the primary-key index and
 * public ids reveal no counts.
 */
public final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {}

    public static String next() {
        return GENERATOR.generate().toString();
    }
}
