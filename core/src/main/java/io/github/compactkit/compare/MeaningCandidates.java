package io.github.compactkit.compare;

import io.github.compactkit.model.Party;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The corpus's distinct texts as vectors of meaning, and the text pairs close in meaning that join
 * the TF-IDF candidates. Candidates are blocked by item type and party: one index per block of
 * statutory, voluntary-sector and joint (or unknown) texts; a text is searched in the blocks its
 * parties may match (joint texts in all three), as the alignment would accept.
 */
final class MeaningCandidates {
    private static final int PARTY_CLASSES = 3;
    private final List<float[]> vectors;
    private final List<float[][]> parts;
    private final int[][] blockTexts;
    private final CommitmentSimilarity.NearVectors[] indexes;
    private final int[][] queryBlocks;
    private final double threshold;
    /** Per text, the earlier texts close to it in meaning, ascending (filled once, by {@link #searchAll}). */
    private int[][] earlier;

    private MeaningCandidates(List<float[]> vectors, List<float[][]> parts, int[][] blockTexts, CommitmentSimilarity.NearVectors[] indexes,
                              int[][] queryBlocks, double threshold) {
        this.vectors = vectors;
        this.parts = parts;
        this.blockTexts = blockTexts;
        this.indexes = indexes;
        this.queryBlocks = queryBlocks;
        this.threshold = threshold;
    }

    /**
     * Embeds {@code texts} (each once) and indexes them by block; {@code parties} holds, per text,
     * the parties of the items that carry it. {@code exact} scans every vector instead of the
     * similarity's index (the baseline).
     */
    static MeaningCandidates of(CommitmentSimilarity similarity, List<CompareItem> texts, Party[][] parties,
                                MatchPolicy policy, boolean exact, boolean parallel) {
        List<String> strings = texts.stream().map(t -> t.item().text()).toList();
        List<float[]> vectors = similarity.embed(strings);
        List<float[][]> parts = similarity.parts(strings);
        int blocks = ItemType.values().length * PARTY_CLASSES;
        // Each block indexes its texts' vectors and their parts' (a bundle meets a short item through
        // the part that says the same); an entry points at its text.
        List<List<Integer>> members = new ArrayList<>();
        List<List<float[]>> entries = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            members.add(new ArrayList<>());
            entries.add(new ArrayList<>());
        }
        int[][] queryBlocks = new int[texts.size()][];
        for (int t = 0; t < texts.size(); t++) {
            int type = texts.get(t).type().ordinal();
            boolean[] own = new boolean[PARTY_CLASSES];
            for (Party p : parties[t]) {
                own[partyClass(p)] = true;
            }
            boolean[] search = new boolean[PARTY_CLASSES];
            for (int c = 0; c < PARTY_CLASSES; c++) {
                if (own[c]) {
                    int block = type * PARTY_CLASSES + c;
                    members.get(block).add(t);
                    entries.get(block).add(vectors.get(t));
                    for (float[] part : parts.get(t)) {
                        members.get(block).add(t);
                        entries.get(block).add(part);
                    }
                    // Statutory meets statutory and joint; voluntary sector likewise; joint meets all.
                    search[c] = true;
                    search[2] = true;
                    if (c == 2) {
                        search[0] = true;
                        search[1] = true;
                    }
                }
            }
            queryBlocks[t] = IntStream.range(0, PARTY_CLASSES).filter(c -> search[c]).map(c -> type * PARTY_CLASSES + c).toArray();
        }
        int[][] blockTexts = members.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        CommitmentSimilarity.NearVectors[] indexes = new CommitmentSimilarity.NearVectors[blocks];
        IntStream build = IntStream.range(0, blocks);
        (parallel ? build.parallel() : build).forEach(b -> {
            List<float[]> own = entries.get(b);
            indexes[b] = exact ? CommitmentSimilarity.exactIndex(own) : similarity.index(own);
        });
        // A pair is a candidate when its wholes may be paraphrases or its closest parts may match.
        MeaningCandidates candidates = new MeaningCandidates(vectors, parts, blockTexts, indexes, queryBlocks,
                Math.min(policy.meaningCosine(), policy.meaningMerge()));
        candidates.searchAll(parallel);
        return candidates;
    }

    /**
     * Searches every text's neighbours once, in parallel, and keeps each pair with its later text.
     * A pair found from either side counts: an index that proposes each query's nearest few is not
     * symmetric (x among y's nearest does not make y among x's).
     */
    private void searchAll(boolean parallel) {
        int n = vectors.size();
        int[][] found = new int[n][];
        IntStream all = IntStream.range(0, n);
        (parallel ? all.parallel() : all).forEach(y -> found[y] = near(y));
        int[] counts = new int[n];
        for (int y = 0; y < n; y++) {
            for (int x : found[y]) {
                counts[Math.max(x, y)]++;
            }
        }
        int[][] lists = new int[n][];
        for (int t = 0; t < n; t++) {
            lists[t] = new int[counts[t]];
        }
        int[] fill = new int[n];
        for (int y = 0; y < n; y++) {
            for (int x : found[y]) {
                int later = Math.max(x, y);
                lists[later][fill[later]++] = Math.min(x, y);
            }
        }
        IntStream each = IntStream.range(0, n);
        (parallel ? each.parallel() : each).forEach(t -> lists[t] = Arrays.stream(lists[t]).sorted().distinct().toArray());
        earlier = lists;
    }

    private static int partyClass(Party p) {
        return p == Party.STATUTORY ? 0 : p == Party.VCS ? 1 : 2;
    }

    /** The cosine of meaning of texts x and y. */
    double cosine(int x, int y) {
        return CommitmentSimilarity.dot(vectors.get(x), vectors.get(y));
    }

    /** The largest cosine of meaning between texts x and y or their parts. */
    double partCosine(int x, int y) {
        return CommitmentSimilarity.partCosine(vectors.get(x), parts.get(x), vectors.get(y), parts.get(y));
    }

    /** The earlier texts close in meaning to {@code y}, ascending, each once. */
    int[] earlierNear(int y) {
        return earlier[y];
    }

    /** The other texts the indexes propose for {@code y} (its whole and its parts as queries), each once. */
    private int[] near(int y) {
        IntList found = new IntList();
        List<float[]> queries = new ArrayList<>();
        queries.add(vectors.get(y));
        queries.addAll(Arrays.asList(parts.get(y)));
        for (int b : queryBlocks[y]) {
            int[] ids = blockTexts[b];
            for (float[] query : queries) {
                indexes[b].near(query, threshold, pos -> {
                    if (ids[pos] != y) {
                        found.add(ids[pos]);
                    }
                });
            }
        }
        return Arrays.stream(Arrays.copyOf(found.values, found.size)).sorted().distinct().toArray();
    }

    /**
     * Calls {@code sink} with every earlier text that {@code index} proposes for {@code y} or that is
     * close to it in meaning, ascending, each once, with the two texts' TF-IDF cosine.
     */
    void withTermCandidates(int y, CandidateIndex index, List<TermVectors.Vector> termVectors, CandidateIndex.Sink sink) {
        IntList lexical = new IntList();
        List<Double> cosines = new ArrayList<>();
        index.candidatesOf(y, (x, cosine) -> {
            lexical.add(x);
            cosines.add(cosine);
        });
        int[] near = earlierNear(y);
        int i = 0;
        int j = 0;
        while (i < lexical.size || j < near.length) {
            int x = j == near.length || i < lexical.size && lexical.values[i] <= near[j] ? lexical.values[i] : near[j];
            if (i < lexical.size && lexical.values[i] == x) {
                sink.accept(x, cosines.get(i));
                i++;
            } else {
                sink.accept(x, termVectors.get(x).dot(termVectors.get(y)));
            }
            if (j < near.length && near[j] == x) {
                j++;
            }
        }
    }

    /** A growable int array. */
    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
