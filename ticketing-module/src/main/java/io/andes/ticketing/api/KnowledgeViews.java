package io.andes.ticketing.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the portal, the console and the API show (serializable: pages keep them in their view state) of the knowledge base and the news. {@code language} says which
 * language the text is in ("es" when English was asked for and there is none). Text is plain; pages escape it.
 */
public final class KnowledgeViews {

    private KnowledgeViews() {}

    /** A news item shown before opening a ticket. */
    public record News(String id, String title, String body, Instant publishedFrom, String language)
            implements Serializable {}

    /** A possible solution in a list: its title and the start of its text. */
    public record Solution(String id, String title, String excerpt, String serviceCode, String language)
            implements Serializable {}

    /** An article as a tenant's user reads it. */
    public record Article(String id, String title, String body, String serviceCode, Instant updatedAt, String language)
            implements Serializable {}

    /** A recorded answer to "¿Esto resolvió su problema?". */
    public record Feedback(String id, String articleId, boolean resolved, Instant answeredAt) implements Serializable {}

    /** An entry as the vendor's staff edit it: both languages, audience, window, authorship and version. */
    public record Entry(
            String id,
            String kind,
            String audienceTenant,
            String serviceCode,
            String titleEs,
            String bodyEs,
            String titleEn,
            String bodyEn,
            Instant publishedFrom,
            Instant publishedUntil,
            boolean publishedNow,
            String author,
            String updatedBy,
            Instant createdAt,
            Instant updatedAt,
            long version,
            Figures deflection)
            implements Serializable {}

    /** Answers to "¿Esto resolvió su problema?" on one article, over every tenant. */
    public record Figures(long answered, long resolved, long notResolved) implements Serializable {

        public static final Figures NONE = new Figures(0, 0, 0);
    }

    /** One line of the deflection summary. */
    public record ArticleFigures(String articleId, String title, long answered, long resolved, long notResolved)
            implements Serializable {}
}
