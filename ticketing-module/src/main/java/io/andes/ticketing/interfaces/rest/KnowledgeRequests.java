package io.andes.ticketing.interfaces.rest;

import io.andes.ticketing.domain.knowledge.EntryDraft;
import io.andes.ticketing.domain.knowledge.FieldErrors;

/** Request bodies of the knowledge-base API; the domain checks every field and answers all problems at once. */
public final class KnowledgeRequests {

    private KnowledgeRequests() {}

    /** An answer to "¿Esto resolvió su problema?", with what the user had typed. */
    public record Feedback(Boolean resolved, String query) {}

    /** An article or news item as staff write it; dates ISO-8601 with offset; {@code version} when updating. */
    public record Entry(
            String audienceTenant,
            String serviceCode,
            String titleEs,
            String bodyEs,
            String titleEn,
            String bodyEn,
            String publishedFrom,
            String publishedUntil,
            Long version) {

        /** The draft, or a 400 listing the malformed dates (the other fields are checked with the draft). */
        EntryDraft draft() {
            FieldErrors errors = new FieldErrors();
            EntryDraft draft = new EntryDraft(
                    audienceTenant,
                    serviceCode,
                    titleEs,
                    bodyEs,
                    titleEn,
                    bodyEn,
                    EntryDraft.instant("publishedFrom", publishedFrom, errors),
                    EntryDraft.instant("publishedUntil", publishedUntil, errors));
            errors.throwIfAny();
            return draft;
        }
    }
}
