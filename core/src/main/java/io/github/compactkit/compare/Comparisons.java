package io.github.compactkit.compare;

import io.github.compactkit.model.Compact;

/**
 * The entry point for comparing compacts, with the default settings.
 *
 * <pre>{@code
 * Compact a = Compacts.parse(Path.of("bromley.txt"));
 * Compact b = Compacts.parse(Path.of("westminster.txt"));
 * CompactComparison c = Comparisons.compare(a, b);
 * String json = ComparisonJson.write(c);          // the comparison contract
 * String table = ComparisonCsv.write(c);          // compactkit-report: one row per match / unmatched item
 * String report = ComparisonMarkdown.write(c);    // compactkit-report: for people
 *
 * CorpusMatrix m = Comparisons.matrix(List.of(a, b, c3, c4));   // many compacts
 * String matrixJson = MatrixJson.write(m);
 * }</pre>
 */
public final class Comparisons {
    private static final CompactComparator DEFAULT = CompactComparator.builder().build();
    private static final CorpusComparator DEFAULT_CORPUS = CorpusComparator.builder().comparator(DEFAULT).build();

    private Comparisons() {
    }

    /** Aligns {@code a}'s commitments with {@code b}'s. */
    public static CompactComparison compare(Compact a, Compact b) {
        return DEFAULT.compare(a, b);
    }

    /** Compares a corpus: similarity, reuse, theme and benchmark coverage, clusters (indexed candidates). */
    public static CorpusMatrix matrix(java.util.List<Compact> compacts) {
        return DEFAULT_CORPUS.matrix(compacts);
    }

    /** As {@link #matrix(java.util.List)}, with each compact's source text for benchmark evidence. */
    public static CorpusMatrix matrix(java.util.List<Compact> compacts, java.util.List<String> sourceTexts) {
        return DEFAULT_CORPUS.matrix(compacts, sourceTexts);
    }

    /** The benchmark commitments of one compact (from the model, and its source text when not null). */
    public static BenchmarkCoverage benchmarks(Compact compact, String sourceText) {
        return BenchmarkCatalogue.defaults().detect(compact, sourceText);
    }

    /** A builder for a comparator with other thresholds or item types. */
    public static CompactComparator.Builder comparator() {
        return CompactComparator.builder();
    }
}
