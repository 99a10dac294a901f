package io.andes.ticketing.domain.knowledge;

import io.andes.ticketing.domain.ticket.SubjectSimilarity;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user typed, turned into a full-text query in boolean mode: each topic word (stop words dropped, accents and a
 * plural "s" removed) as an optional prefix term, so a half-typed sentence finds its articles and the relevance still
 * orders them. Only letters and digits reach the query: the user cannot write full-text operators.
 */
public final class SearchTerms {

    /** The full-text index ignores shorter words. */
    static final int MIN_WORD = 3;

    static final int MAX_WORDS = 12;

    private SearchTerms() {}

    /** The boolean-mode query, or empty when the text has no word worth searching. */
    public static Optional<String> of(String typed) {
        String query = SubjectSimilarity.topicWords(typed).stream()
                .filter(word -> word.length() >= MIN_WORD)
                .sorted()
                .limit(MAX_WORDS)
                .map(word -> word + "*")
                .collect(Collectors.joining(" "));
        return query.isEmpty() ? Optional.empty() : Optional.of(query);
    }
}
