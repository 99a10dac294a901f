package io.andes.core.web;

import io.andes.core.problem.ProblemException;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The record a detail page shows, found by the number or id in its address. It is read on first use, again after
 * {@link #forget()} (an action changed it) or when the page's language changed, and kept for the rest of the request
 * otherwise. A read that fails with a problem or a malformed key (no such record, or another company's) is remembered as missing, so the
 * page shows its not-found notice instead of reading again on every getter call. The record itself is not kept when
 * the view is serialized: it is read again after the session moves to another instance.
 *
 * @param <T> the record's view
 */
public final class RecordLookup<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient T record;
    private Boolean readInEnglish;
    private boolean missing;

    /** The record, read with {@code read} when it is not known yet; {@code null} when it is missing. */
    public T get(Supplier<T> read) {
        return get(null, read);
    }

    /** The record in the page's language, read again with {@code read} when the language changed. */
    public T get(Boolean english, Supplier<T> read) {
        if (!missing && (record == null || !Objects.equals(readInEnglish, english))) {
            try {
                readInEnglish = english;
                record = read.get();
                missing = record == null;
            } catch (ProblemException | IllegalArgumentException unknown) {
                record = null;
                missing = true;
            }
        }
        return record;
    }

    /** Forgets the record so that the next use reads it again, after an action changed it. */
    public void forget() {
        record = null;
    }

    /** Whether the last read found no record. */
    public boolean isMissing() {
        return missing;
    }
}
