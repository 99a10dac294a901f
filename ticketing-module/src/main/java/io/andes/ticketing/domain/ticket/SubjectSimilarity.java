package io.andes.ticketing.domain.ticket;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How alike two ticket subjects are, to warn a requester that a similar ticket is already open: the Jaccard index
 * of their topic words (lower case, accents removed, Spanish and English stop words dropped). Pure; no state but
 * the threshold above which two subjects count as very similar.
 */
public final class SubjectSimilarity {

    public static final double DEFAULT_THRESHOLD = 0.6;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final double threshold;

    public SubjectSimilarity(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("A similarity threshold is in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    public static SubjectSimilarity standard() {
        return new SubjectSimilarity(DEFAULT_THRESHOLD);
    }

    public boolean verySimilar(String first, String second) {
        return verySimilarTo(first).test(second);
    }

    /**
     * Whether a subject is very similar to {@code subject}, for comparing one subject with many: its topic words are
     * worked out once.
     */
    public Predicate<String> verySimilarTo(String subject) {
        Set<String> words = topicWords(subject);
        return other -> score(words, topicWords(other)) >= threshold;
    }

    /** Shared topic words over all topic words, from 0 to 1; 0 when either subject has no topic word at all. */
    public static double score(String first, String second) {
        return score(topicWords(first), topicWords(second));
    }

    private static double score(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** The distinct words of a subject that say what it is about. */
    public static Set<String> topicWords(String subject) {
        if (subject == null) {
            return Set.of();
        }
        return Arrays.stream(SEPARATORS.split(FoldedText.of(subject)))
                .filter(word -> !word.isEmpty() && !StopWords.SPANISH_AND_ENGLISH.contains(word))
                .map(SubjectSimilarity::singular)
                .collect(Collectors.toSet());
    }

    /**
     * A light plural folding, so "facturas electrónicas" and "factura electrónica" are the same topic: one final "s"
     * goes, then one final "e" (cliente and clientes, error and errores, report and reportes meet on one stem).
     */
    static String singular(String word) {
        String stem = word;
        if (stem.length() > 4 && stem.endsWith("s")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.length() > 4 && stem.endsWith("e")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }
}
