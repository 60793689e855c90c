package io.github.compactkit.bench;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.compare.CommitmentSimilarity;
import io.github.compactkit.compare.CompactComparator;
import io.github.compactkit.compare.CorpusComparator;
import io.github.compactkit.compare.CorpusMatrix;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Principle;
import io.github.compactkit.semantic.SemanticSimilarity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * {@code semantic [sizes=100,1000] [recallAt=100] [seed=42] [cacheFile|-] [nearest]}: the corpus comparison with
 * the semantic module on, for N synthetic compacts. Per N: the distinct texts and the time (wall and
 * process CPU) to encode those not yet in the cache, with the clauses of items that bundle several; the all-pairs comparison with the vectors in
 * memory, beside the comparison without the module; the cold total (encoding plus comparison).
 * With a cache file, vectors encoded in an earlier run are reused (the file grows run by run).
 *
 * <p>At {@code recallAt} compacts: recall of the HNSW candidates against an exhaustive cosine
 * search, per block of item type and party as the comparator searches them: of the text pairs
 * whose cosine reaches the paraphrase threshold, the share the index proposes (0: not measured).
 * {@code nearest}: the graph's nearest vectors per query (0: radius search; default the module's).
 */
final class SemanticScale {
    private SemanticScale() {
    }

    static String run(String[] args) throws CompactParseException, IOException {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "100,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int recallAt = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Path cacheFile = args.length > 3 && !args[3].equals("-") ? Path.of(args[3]) : null;
        Integer nearest = args.length > 4 ? Integer.valueOf(args[4]) : null;
        SyntheticCorpus generator = new SyntheticCorpus(SeedPool.fromBundledCorpus(), seed);
        int max = Math.max(recallAt, Arrays.stream(sizes).max().orElse(0));
        List<Compact> all = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            all.add(Compacts.parse(generator.generate(i).text()));
        }
        SemanticSimilarity.Builder builder = SemanticSimilarity.builder();
        if (cacheFile != null) {
            builder.cacheFile(cacheFile);
        }
        if (nearest != null) {
            builder.nearest(nearest);
        }
        SemanticSimilarity similarity = builder.build();
        CorpusComparator lexical = CorpusComparator.builder().build();
        CorpusComparator semantic = CorpusComparator.builder()
                .comparator(CompactComparator.builder().similarity(similarity).build()).build();
        // The encoder's load and first texts, outside the timings.
        similarity.embed(texts(all.subList(0, 1)));
        StringBuilder md = new StringBuilder();
        md.append("| N | distinct texts | encoded now (texts and clauses) | encoding: wall (s) | encoding: CPU ms per text "
                + "| comparison, vectors cached (s) | comparison without the module (s) | encoding + comparison (s) "
                + "| text pairs scored (with / without) |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int n : sizes) {
            List<Compact> corpus = all.subList(0, n);
            List<String> texts = texts(corpus);
            int before = similarity.cachedTexts();
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            similarity.embed(texts);
            similarity.parts(texts);
            double encodeWall = (System.nanoTime() - t0) / 1e9;
            double encodeCpu = (cpuNanos() - cpu0) / 1e6;
            int encoded = similarity.cachedTexts() - before;
            similarity.save();
            System.err.printf(Locale.ROOT, "N=%d: %d distinct texts, %d encoded in %.1f s (%.2f CPU ms each)%n", n, texts.size(),
                    encoded, encodeWall, encoded == 0 ? 0 : encodeCpu / encoded);
            lexical.matrix(corpus.subList(0, Math.min(n, 10))); // warm-up
            semantic.matrix(corpus.subList(0, Math.min(n, 10)));
            long s = System.nanoTime();
            CorpusMatrix withModule = semantic.matrix(corpus);
            double semanticTime = (System.nanoTime() - s) / 1e9;
            s = System.nanoTime();
            CorpusMatrix without = lexical.matrix(corpus);
            double lexicalTime = (System.nanoTime() - s) / 1e9;
            System.err.printf(Locale.ROOT, "N=%d semantic %.2f s %s; lexical %.2f s %s%n", n, semanticTime, withModule.stats(),
                    lexicalTime, without.stats());
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.1f | %s | %.2f | %.2f | %s | %,d / %,d |%n", n, texts.size(),
                    encoded, encodeWall, encoded == 0 ? "—" : String.format(Locale.ROOT, "%.2f", encodeCpu / encoded), semanticTime,
                    lexicalTime, String.format(Locale.ROOT, "%.1f", encodeWall + semanticTime),
                    withModule.stats().scoredTextPairs(), without.stats().scoredTextPairs()));
        }
        if (recallAt > 0) {
            md.append('\n').append(recall(similarity, all.subList(0, recallAt)));
        }
        return md.toString();
    }

    /** Recall of the HNSW index against exhaustive cosine, per block of type and party, at the paraphrase threshold. */
    static String recall(SemanticSimilarity similarity, List<Compact> corpus) {
        Map<String, Set<String>> blocks = new TreeMap<>();
        for (Compact c : corpus) {
            c.undertakings().forEach(u -> blocks.computeIfAbsent("undertaking " + party(u.party()), k -> new LinkedHashSet<>())
                    .add(u.text()));
            c.principles().forEach(p -> blocks.computeIfAbsent("principle", k -> new LinkedHashSet<>()).add(principle(p)));
            c.actionPoints().forEach(a -> blocks.computeIfAbsent("action point", k -> new LinkedHashSet<>()).add(a.text()));
        }
        double threshold = similarity.paraphraseCosine();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Recall of the HNSW candidates at N = %d (pairs of distinct texts with cosine ≥ %.2f):%n%n",
                corpus.size(), threshold));
        md.append("| block | texts | pairs (exhaustive) | found by HNSW | recall | exhaustive (s) | HNSW build + search (s) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        long allExact = 0;
        long allFound = 0;
        for (Map.Entry<String, Set<String>> block : blocks.entrySet()) {
            List<float[]> vectors = similarity.embed(List.copyOf(block.getValue()));
            long s = System.nanoTime();
            long[] exact = pairs(CommitmentSimilarity.exactIndex(vectors), vectors, threshold);
            double exactTime = (System.nanoTime() - s) / 1e9;
            s = System.nanoTime();
            long[] found = pairs(similarity.index(vectors), vectors, threshold);
            double annTime = (System.nanoTime() - s) / 1e9;
            allExact += exact[1];
            allFound += found[1];
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %.4f | %.2f | %.2f |%n", block.getKey(), vectors.size(), exact[1],
                    found[1], exact[1] == 0 ? 1.0 : (double) found[1] / exact[1], exactTime, annTime));
        }
        md.append(String.format(Locale.ROOT, "| all | | %,d | %,d | **%.4f** | | |%n", allExact, allFound,
                allExact == 0 ? 1.0 : (double) allFound / allExact));
        return md.toString();
    }

    /**
     * {pairs x < y proposed, those of them at or above the threshold}: a pair counts when either text's
     * query proposes the other, as the comparator takes them.
     */
    private static long[] pairs(CommitmentSimilarity.NearVectors index, List<float[]> vectors, double threshold) {
        int n = vectors.size();
        Set<Long> proposed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        IntStream.range(0, n).parallel().forEach(y -> index.near(vectors.get(y), threshold, x -> {
            if (x != y) {
                proposed.add((long) Math.min(x, y) * n + Math.max(x, y));
            }
        }));
        long[] counts = new long[2];
        for (long pair : proposed) {
            counts[0]++;
            if (CommitmentSimilarity.dot(vectors.get((int) (pair / n)), vectors.get((int) (pair % n))) >= threshold) {
                counts[1]++;
            }
        }
        return counts;
    }

    private static String party(Party p) {
        return p == null || p == Party.JOINT ? "joint or unknown" : p.name().toLowerCase(Locale.ROOT);
    }

    private static String principle(Principle p) {
        return p.name() == null ? p.text() : p.name() + " - " + p.text();
    }

    /** The distinct texts the comparator encodes: undertakings, principles (name and text), action points. */
    static List<String> texts(List<Compact> corpus) {
        Set<String> out = new LinkedHashSet<>();
        for (Compact c : corpus) {
            c.undertakings().forEach(u -> out.add(u.text()));
            c.principles().forEach(p -> out.add(principle(p)));
            c.actionPoints().forEach(a -> out.add(a.text()));
        }
        return List.copyOf(out);
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }
}
