package io.github.compactkit.bench;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.compare.CorpusComparator;
import io.github.compactkit.compare.CorpusMatrix;
import io.github.compactkit.model.Compact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code compare [sizes=10,100,1000] [exhaustiveUpTo=100] [seed=42]}: all-pairs comparison of N
 * synthetic compacts ({@link CorpusComparator}, indexed candidates) for each N, timed after a
 * warm-up (median of three runs below 1,000 compacts, one run at 1,000), and the exhaustive
 * baseline (every same-type pair of distinct texts scored) where it is affordable.
 *
 * <p>Recall of the exhaustive matches: for every pair of compacts the number of items the
 * alignment matched (similarity × items of both, exact since similarity keeps three decimals and
 * pairs have fewer than 1,000 items), summed as Σ min(indexed, exhaustive) ÷ Σ exhaustive.
 */
final class CompareScale {
    private CompareScale() {
    }

    static String run(String[] args) throws CompactParseException {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10,100,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int exhaustiveUpTo = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        SyntheticCorpus generator = new SyntheticCorpus(SeedPool.fromBundledCorpus(), seed);
        int max = Arrays.stream(sizes).max().orElse(0);
        List<Compact> all = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < max; i++) {
            all.add(Compacts.parse(generator.generate(i).text()));
        }
        System.err.printf(Locale.ROOT, "parsed %d synthetic compacts in %.1f s%n", max, (System.nanoTime() - t0) / 1e9);

        CorpusComparator indexed = CorpusComparator.builder().build();
        CorpusComparator exhaustive = CorpusComparator.builder().exhaustive(true).build();
        StringBuilder md = new StringBuilder();
        md.append("| N | items | distinct texts | indexed: text pairs scored | indexed: time (s) | exhaustive: text pairs scored "
                + "| exhaustive: time (s) | speed-up | recall of exhaustive matches | similarity matrices equal |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (int n : sizes) {
            List<Compact> corpus = all.subList(0, n);
            int runs = n >= 1000 ? 1 : 3;
            indexed.matrix(corpus.subList(0, Math.min(n, 10))); // warm-up
            double[] times = new double[runs];
            CorpusMatrix m = null;
            for (int r = 0; r < runs; r++) {
                long s = System.nanoTime();
                m = indexed.matrix(corpus);
                times[r] = (System.nanoTime() - s) / 1e9;
            }
            Arrays.sort(times);
            double indexedTime = times[runs / 2];
            System.err.printf(Locale.ROOT, "N=%d indexed %.2f s %s%n", n, indexedTime, m.stats());
            String exTime = "—";
            String exPairs = "—";
            String speedUp = "—";
            String recall = "—";
            String equal = "—";
            if (n <= exhaustiveUpTo) {
                long s = System.nanoTime();
                CorpusMatrix e = exhaustive.matrix(corpus);
                double t = (System.nanoTime() - s) / 1e9;
                System.err.printf(Locale.ROOT, "N=%d exhaustive %.2f s %s%n", n, t, e.stats());
                exTime = String.format(Locale.ROOT, "%.2f", t);
                exPairs = String.format(Locale.ROOT, "%,d", e.stats().scoredTextPairs());
                speedUp = String.format(Locale.ROOT, "%.1f×", t / indexedTime);
                recall = String.format(Locale.ROOT, "%.4f", recall(corpus, m, e));
                equal = String.valueOf(m.similarity().equals(e.similarity()) && m.clusters().equals(e.clusters()));
            }
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %.2f | %s | %s | %s | %s | %s |%n", n, m.stats().items(),
                    m.stats().distinctTexts(), m.stats().scoredTextPairs(), indexedTime, exPairs, exTime, speedUp, recall, equal));
        }
        return md.toString();
    }

    static double recall(List<Compact> corpus, CorpusMatrix indexed, CorpusMatrix exhaustive) {
        long found = 0;
        long total = 0;
        for (int i = 0; i < corpus.size(); i++) {
            for (int j = i + 1; j < corpus.size(); j++) {
                int items = items(corpus.get(i)) + items(corpus.get(j));
                long ex = Math.round(exhaustive.similarity(i, j) * items);
                long in = Math.round(indexed.similarity(i, j) * items);
                found += Math.min(ex, in);
                total += ex;
            }
        }
        return total == 0 ? 1.0 : (double) found / total;
    }

    /** The items the comparator aligns: undertakings, principles and action points. */
    private static int items(Compact c) {
        return c.undertakings().size() + c.principles().size() + c.actionPoints().size();
    }
}
