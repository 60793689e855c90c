package io.github.compactkit.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.github.compactkit.compare.CommitmentSimilarity;
import io.github.compactkit.compare.CompactComparator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Similarity of meaning from the quantised all-MiniLM-L6-v2 sentence encoder (384 dimensions),
 * which langchain4j ships inside its jar with ONNX Runtime: nothing is downloaded, the model loads
 * once per process (a few seconds) and encodes a commitment in milliseconds. Vectors are cached per
 * distinct text, and optionally in a file between runs. Corpus candidates come from Lucene's HNSW
 * index (each text's and clause's 16 nearest, by default). Thread-safe.
 *
 * <pre>{@code
 * CompactComparator comparator = SemanticSimilarity.register(CompactComparator.builder()).build();
 * }</pre>
 */
public final class SemanticSimilarity implements CommitmentSimilarity {
    /** The model's name, as reports show it and the cache file records it. */
    public static final String MODEL = "all-MiniLM-L6-v2-q";
    static final int DIMENSION = 384;
    /**
     * Below this many vectors the exact scan is used: at 1,000–1,400 vectors it took twice the
     * graph's time but the graph found only 66–96 % of the pairs (BENCHMARKS.md).
     */
    private static final int SCAN_BELOW = 2048;
    /** With a nearest search, blocks below this many vectors are scanned. */
    private static final int NEAREST_SCAN_BELOW = 256;
    private static final int ENCODE_CHUNK = 256;
    /**
     * Nearest vectors proposed per query by the graph: at N = 100 synthetic compacts the radius search
     * took 2.3 times as long (BENCHMARKS.md, "Semantic comparison"); the TF-IDF candidates still
     * propose the close variants that share words.
     */
    static final int NEAREST = 16;

    private final double paraphraseCosine;
    private final double mergeCosine;
    private final Path cacheFile;
    private final EmbeddingCache cache = new EmbeddingCache(MODEL, DIMENSION);
    private final int maxConn;
    private final int beamWidth;
    private final double traversalSlack;
    private final int nearest;

    private SemanticSimilarity(Builder b) {
        this.paraphraseCosine = b.paraphraseCosine;
        this.mergeCosine = b.mergeCosine;
        this.cacheFile = b.cacheFile;
        this.maxConn = b.maxConn;
        this.beamWidth = b.beamWidth;
        this.traversalSlack = b.traversalSlack;
        this.nearest = b.nearest;
        if (cacheFile != null) {
            cache.load(cacheFile);
        }
    }

    /** The similarity with the default thresholds and no cache file. */
    public static SemanticSimilarity create() {
        return builder().build();
    }

    /** Registers a default similarity on a comparator's builder, and returns the builder. */
    public static CompactComparator.Builder register(CompactComparator.Builder comparator) {
        return comparator.similarity(create());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return MODEL;
    }

    @Override
    public double paraphraseCosine() {
        return paraphraseCosine;
    }

    @Override
    public double mergeCosine() {
        return mergeCosine;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return encode(texts.stream().map(SemanticSimilarity::key).toList());
    }

    /** The vectors of texts already prepared for the encoder, each encoded once and cached. */
    private List<float[]> encode(List<String> keys) {
        Set<String> missing = new LinkedHashSet<>();
        for (String key : keys) {
            if (key.isEmpty()) {
                // nothing to encode: a zero vector, close to nothing
                cache.put(key, new float[DIMENSION]);
            } else if (cache.get(key) == null) {
                missing.add(key);
            }
        }
        List<String> todo = new ArrayList<>(missing);
        EmbeddingModel model = Model.INSTANCE;
        for (int from = 0; from < todo.size(); from += ENCODE_CHUNK) {
            List<String> chunk = todo.subList(from, Math.min(todo.size(), from + ENCODE_CHUNK));
            List<Embedding> out = model.embedAll(chunk.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < chunk.size(); i++) {
                cache.put(chunk.get(i), unit(out.get(i).vector()));
            }
        }
        List<float[]> result = new ArrayList<>(keys.size());
        for (String key : keys) {
            result.add(cache.get(key));
        }
        return result;
    }

    @Override
    public List<float[][]> parts(List<String> texts) {
        List<List<String>> split = texts.stream().map(t -> t == null ? List.<String>of() : EncodingText.parts(t)).toList();
        List<float[]> flat = encode(split.stream().flatMap(List::stream).toList());
        List<float[][]> out = new ArrayList<>(texts.size());
        int k = 0;
        for (List<String> own : split) {
            float[][] v = new float[own.size()][];
            for (int i = 0; i < v.length; i++) {
                v[i] = flat.get(k++);
            }
            out.add(v);
        }
        return out;
    }

    @Override
    public NearVectors index(List<float[]> vectors) {
        // A radius search in a small graph misses pairs (see SCAN_BELOW); a nearest search does not
        // suffer so, and a scan would cost each query the whole block.
        int scanBelow = nearest > 0 ? NEAREST_SCAN_BELOW : SCAN_BELOW;
        return vectors.size() < scanBelow ? CommitmentSimilarity.exactIndex(vectors)
                : HnswVectors.build(vectors, maxConn, beamWidth, traversalSlack, nearest);
    }

    /** How many distinct texts have a vector. */
    public int cachedTexts() {
        return cache.size();
    }

    /** Writes the cached vectors to the cache file, if one was given and any vector was added. */
    public void save() throws IOException {
        if (cacheFile != null) {
            cache.save(cacheFile);
        }
    }

    /** What is encoded (and cached): the promise without its party lead-in; an empty text stands for itself. */
    private static String key(String text) {
        return text == null || text.isBlank() ? "" : EncodingText.of(text);
    }

    /** The encoder normalises already; again here, so that a dot product is a cosine whatever the model does. */
    private static float[] unit(float[] v) {
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = norm == 0 ? 0 : (float) (v[k] / norm);
        }
        return out;
    }

    /** The model, loaded once per process on first use (ONNX Runtime and the model from the jar). */
    private static final class Model {
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** Options of a {@link SemanticSimilarity}. */
    public static final class Builder {
        private double paraphraseCosine = 0.66;
        private double mergeCosine = 0.75;
        private Path cacheFile;
        private int maxConn = 16;
        private int beamWidth = 64;
        private double traversalSlack = 0.1;
        private int nearest = NEAREST;

        private Builder() {
        }

        /**
         * Cosine of meaning from which two commitments of compatible parties are paraphrases (default
         * 0.66: tuned on the dev pairs of the blind alignment gold; the lowest that keeps Bromley ×
         * Westminster free of false matches).
         */
        public Builder paraphraseCosine(double value) {
            this.paraphraseCosine = check(value);
            return this;
        }

        /**
         * Cosine of meaning, between items or their clauses, from which an item already matched takes
         * a second partner (merged), and from which a clause matches an item (default 0.75).
         */
        public Builder mergeCosine(double value) {
            this.mergeCosine = check(value);
            return this;
        }

        /** A file that keeps the vectors between runs: read when the similarity is built, written by {@link #save()}. */
        public Builder cacheFile(Path file) {
            this.cacheFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * The HNSW graph's neighbours per node and build beam (defaults 16 and 64), and how far below
         * the threshold its walk goes on (default 0.1): larger is slower and finds more.
         */
        public Builder graph(int maxConn, int beamWidth, double traversalSlack) {
            if (maxConn < 2 || beamWidth < 2 || !(traversalSlack >= 0 && traversalSlack <= 1)) {
                throw new IllegalArgumentException("graph: maxConn and beamWidth >= 2, slack in [0, 1]");
            }
            this.maxConn = maxConn;
            this.beamWidth = beamWidth;
            this.traversalSlack = traversalSlack;
            return this;
        }

        /**
         * How many nearest vectors the graph proposes per query text or clause (those reaching the
         * threshold are kept; default 16); 0 searches by radius instead (every vector
         * above the threshold, as far as the walk finds them), whose cost grows with the number of
         * close variants in the corpus.
         */
        public Builder nearest(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("nearest must be >= 0: " + count);
            }
            this.nearest = count;
            return this;
        }

        public SemanticSimilarity build() {
            return new SemanticSimilarity(this);
        }

        private static double check(double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("cosine must be in (0, 1]: " + value);
            }
            return value;
        }
    }
}
