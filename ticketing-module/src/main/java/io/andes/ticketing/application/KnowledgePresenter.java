package io.andes.ticketing.application;

import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.domain.knowledge.EntryText;
import io.andes.ticketing.domain.knowledge.KnowledgeEntry;
import io.andes.ticketing.domain.knowledge.KnowledgeRepository.DeflectionCount;
import java.time.Instant;

/** Turns stored entries into their views, in the reader's language with the Spanish fallback. */
final class KnowledgePresenter {

    static final int EXCERPT = 180;

    private KnowledgePresenter() {}

    static KnowledgeViews.News news(KnowledgeEntry entry, boolean english) {
        EntryText text = entry.text();
        return new KnowledgeViews.News(
                entry.id(),
                text.title(english),
                text.body(english),
                entry.window().from(),
                text.language(english));
    }

    static KnowledgeViews.Solution solution(KnowledgeEntry entry, boolean english) {
        EntryText text = entry.text();
        return new KnowledgeViews.Solution(
                entry.id(),
                text.title(english),
                excerpt(text.body(english)),
                entry.serviceCode(),
                text.language(english));
    }

    static KnowledgeViews.Article article(KnowledgeEntry entry, boolean english) {
        EntryText text = entry.text();
        return new KnowledgeViews.Article(
                entry.id(),
                text.title(english),
                text.body(english),
                entry.serviceCode(),
                entry.updatedAt(),
                text.language(english));
    }

    static KnowledgeViews.Entry entry(KnowledgeEntry entry, DeflectionCount counted, Instant now) {
        EntryText text = entry.text();
        return new KnowledgeViews.Entry(
                entry.id(),
                entry.kind().name(),
                entry.audienceTenant(),
                entry.serviceCode(),
                text.titleEs(),
                text.bodyEs(),
                text.titleEn(),
                text.bodyEn(),
                entry.window().from(),
                entry.window().until(),
                entry.window().isOpenAt(now),
                entry.author(),
                entry.updatedBy(),
                entry.createdAt(),
                entry.updatedAt(),
                entry.version(),
                counted == null
                        ? KnowledgeViews.Figures.NONE
                        : new KnowledgeViews.Figures(counted.answered(), counted.resolved(), counted.notResolved()));
    }

    /** The start of a text, cut at a word, for lists. */
    static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT);
        return flat.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }
}
