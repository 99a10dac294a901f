package io.andes.ticketing.domain.knowledge;

/** What an entry is: an article users read as a possible solution, or a news item shown before opening a ticket. */
public enum EntryKind {
    ARTICLE,
    NEWS
}
