package io.github.compactkit.compare;

import io.github.compactkit.extract.ThemeClassifier;
import io.github.compactkit.model.Compact;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Aligns the commitments of two compacts. Immutable once built and safe to share between threads.
 *
 * <pre>{@code
 * CompactComparator comparator = CompactComparator.builder().build();
 * CompactComparison c = comparator.compare(bromley, westminster);
 * c.matches().forEach(m -> System.out.println(m.kind() + " " + m.a().text()));
 * System.out.println(ComparisonJson.write(c));
 * }</pre>
 */
public final class CompactComparator {
    private final MatchPolicy policy;
    private final ItemCollector collector;
    private final CommitmentSimilarity similarity;

    private CompactComparator(Builder builder) {
        CommitmentSimilarity s = builder.similarity;
        this.policy = new MatchPolicy(builder.nearRatio, 0.85, 5, builder.paraphraseCosine, builder.mergeCoverage,
                MatchPolicy.defaults().candidateCosine(),
                s == null ? Double.POSITIVE_INFINITY : s.paraphraseCosine(),
                s == null ? Double.POSITIVE_INFINITY : s.mergeCosine());
        this.collector = new ItemCollector(builder.themes, builder.types);
        this.similarity = s;
    }

    /** A builder with the default thresholds, comparing principles, undertakings and action points. */
    public static Builder builder() {
        return new Builder();
    }

    /** The alignment of {@code a}'s commitments with {@code b}'s. */
    public CompactComparison compare(Compact a, Compact b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        List<CompareItem> itemsA = collector.collect(a);
        List<CompareItem> itemsB = collector.collect(b);
        List<List<String>> documents = new ArrayList<>();
        itemsA.forEach(i -> documents.add(i.terms()));
        itemsB.forEach(i -> documents.add(i.terms()));
        TermVectors vectors = TermVectors.fit(documents);
        List<TermVectors.Vector> va = itemsA.stream().map(i -> vectors.vector(i.terms())).toList();
        List<TermVectors.Vector> vb = itemsB.stream().map(i -> vectors.vector(i.terms())).toList();
        PairwiseAligner aligner = new PairwiseAligner(policy);
        PairwiseAligner.Meaning meaning = meaning(itemsA, itemsB);
        return aligner.build(CompactRef.of(a), itemsA, CompactRef.of(b), itemsB,
                aligner.scoreAll(itemsA, va, itemsB, vb, meaning));
    }

    /** The cosine of meaning of every A × B pair, or none (0) without a similarity. */
    private PairwiseAligner.Meaning meaning(List<CompareItem> itemsA, List<CompareItem> itemsB) {
        if (similarity == null) {
            return new PairwiseAligner.Meaning() {
                @Override
                public double of(int x, int y) {
                    return 0.0;
                }

                @Override
                public double ofParts(int x, int y) {
                    return 0.0;
                }
            };
        }
        List<String> texts = new ArrayList<>();
        itemsA.forEach(i -> texts.add(i.item().text()));
        itemsB.forEach(i -> texts.add(i.item().text()));
        List<float[]> vectors = similarity.embed(texts);
        List<float[][]> parts = similarity.parts(texts);
        int offset = itemsA.size();
        return new PairwiseAligner.Meaning() {
            @Override
            public double of(int x, int y) {
                return CommitmentSimilarity.dot(vectors.get(x), vectors.get(offset + y));
            }

            @Override
            public double ofParts(int x, int y) {
                return CommitmentSimilarity.partCosine(vectors.get(x), parts.get(x), vectors.get(offset + y), parts.get(offset + y));
            }
        };
    }

    MatchPolicy policy() {
        return policy;
    }

    /** The similarity of meaning, or null. */
    CommitmentSimilarity similarity() {
        return similarity;
    }

    ItemCollector collector() {
        return collector;
    }

    /** Options of a {@link CompactComparator}. */
    public static final class Builder {
        private double nearRatio = MatchPolicy.defaults().nearRatio();
        private double paraphraseCosine = MatchPolicy.defaults().paraphraseCosine();
        private double mergeCoverage = MatchPolicy.defaults().mergeCoverage();
        private Set<ItemType> types = EnumSet.allOf(ItemType.class);
        private ThemeClassifier themes = ThemeClassifier.defaults();
        private CommitmentSimilarity similarity;

        private Builder() {
        }

        /**
         * Also match commitments by meaning with this similarity (the optional semantic module
         * provides one); null (the default) matches by wording and shared terms only.
         */
        public Builder similarity(CommitmentSimilarity value) {
            this.similarity = value;
            return this;
        }

        /** Which kinds of item to compare (default: all). */
        public Builder types(ItemType first, ItemType... rest) {
            this.types = EnumSet.of(first, rest);
            return this;
        }

        /** Wording ratio (2·LCS/total words) from which two items are near copies (default 0.6). */
        public Builder nearRatio(double value) {
            this.nearRatio = check(value);
            return this;
        }

        /** TF-IDF cosine of content terms from which two same-party items are paraphrases (default 0.42). */
        public Builder paraphraseCosine(double value) {
            this.paraphraseCosine = check(value);
            return this;
        }

        /** Share of an item's terms another must cover to take it as its second match (default 0.6). */
        public Builder mergeCoverage(double value) {
            this.mergeCoverage = check(value);
            return this;
        }

        /** The classifier giving themes to items the parser left without (default: the bundled taxonomy). */
        public Builder themeClassifier(ThemeClassifier classifier) {
            this.themes = Objects.requireNonNull(classifier, "classifier");
            return this;
        }

        /** The comparator with these options. */
        public CompactComparator build() {
            return new CompactComparator(this);
        }

        private static double check(double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("threshold must be in (0, 1]: " + value);
            }
            return value;
        }
    }
}
