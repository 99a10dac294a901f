package io.andes.ticketing.domain.pqrs;

import io.andes.ticketing.domain.numbering.PqrsNumber;
import java.util.List;
import java.util.Optional;

/** The bound tenant's PQRS filings and their conversations. */
public interface PqrsRepository {

    void add(PqrsCase pqrs);

    Optional<PqrsCase> find(PqrsNumber number);

    /** Newest filing first. */
    List<PqrsCase> list(int offset, int limit);

    long count();

    void add(PqrsMessage message);

    /** The conversation, oldest first. */
    List<PqrsMessage> messages(PqrsCase pqrs);
}
