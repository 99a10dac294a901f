package io.andes.billing.advisor.domain;

import java.util.List;
import java.util.Optional;

/** The bound tenant's commercial requests, their conversations and quotes. */
public interface CommercialRequestRepository {

    /** The tenant's next request number, under a lock held until the transaction ends. */
    CommercialNumber nextNumber();

    void add(CommercialRequest request);

    Optional<CommercialRequest> find(CommercialNumber number);

    /** Newest first; only {@code requesterId}'s when it is given. */
    List<CommercialRequest> list(String requesterId, int offset, int limit);

    long count(String requesterId);

    void add(CommercialMessage message);

    /** The conversation, oldest first. */
    List<CommercialMessage> messages(CommercialRequest request);

    void add(AdvisorQuote quote);

    void add(QuoteLine line);

    /** The request's quotes, oldest first. */
    List<AdvisorQuote> quotes(CommercialRequest request);

    /** The lines of the given quotes, by quote and position. */
    List<QuoteLine> lines(List<AdvisorQuote> quotes);
}
