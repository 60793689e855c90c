package io.github.compactkit.semantic;

import io.github.compactkit.compare.CommitmentSimilarity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.FloatVectorSimilarityQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An approximate index of unit vectors: Lucene's HNSW graph in memory, searched either for the
 * query's {@code k} nearest vectors (those reaching the threshold are kept) or by radius (every
 * vector whose cosine with the query reaches a threshold, as far as the graph walk finds them).
 * One segment, never merged, so a document's id is its vector's position. Thread-safe once built.
 */
final class HnswVectors implements CommitmentSimilarity.NearVectors {
    private static final String FIELD = "v";
    private final IndexSearcher searcher;
    private final double traversalSlack;
    private final int nearest;

    private HnswVectors(IndexSearcher searcher, double traversalSlack, int nearest) {
        this.searcher = searcher;
        this.traversalSlack = traversalSlack;
        this.nearest = nearest;
    }

    /**
     * Indexes {@code vectors} with {@code maxConn} neighbours per node and a build beam of
     * {@code beamWidth}. With {@code nearest} above 0 a query finds its {@code nearest} closest
     * vectors and keeps those reaching the threshold: the walk's cost is bounded whatever the corpus
     * (a radius search on a corpus of many close variants visits most of them). With 0 the search is
     * by radius, the graph walk going on through vectors down to {@code traversalSlack} below the
     * query's threshold, which trades time for recall.
     */
    static HnswVectors build(List<float[]> vectors, int maxConn, int beamWidth, double traversalSlack, int nearest) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            KnnVectorsFormat format = new Lucene99HnswVectorsFormat(maxConn, beamWidth);
            IndexWriterConfig config = new IndexWriterConfig()
                    .setCodec(new Lucene912Codec() {
                        @Override
                        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                            return format;
                        }
                    })
                    // one segment in insertion order: flushed once, at commit, and never merged
                    .setRAMBufferSizeMB(IndexWriterConfig.DEFAULT_RAM_PER_THREAD_HARD_LIMIT_MB - 1)
                    .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                    .setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (float[] v : vectors) {
                    Document doc = new Document();
                    doc.add(new KnnFloatVectorField(FIELD, v, VectorSimilarityFunction.DOT_PRODUCT));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.leaves().size() > 1) {
                throw new IllegalStateException("expected one segment, got " + reader.leaves().size());
            }
            return new HnswVectors(new IndexSearcher(reader), traversalSlack, nearest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void near(float[] query, double minCosine, java.util.function.IntConsumer sink) {
        if (searcher.getIndexReader().maxDoc() == 0) {
            return;
        }
        // Lucene scores a dot product of unit vectors as (1 + cosine) / 2.
        float result = (float) ((1 + minCosine) / 2);
        if (nearest > 0) {
            try {
                for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(FIELD, query, nearest), nearest).scoreDocs) {
                    if (hit.score >= result) {
                        sink.accept(hit.doc);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        float traversal = (float) ((1 + Math.max(-1, minCosine - traversalSlack)) / 2);
        try {
            searcher.search(new FloatVectorSimilarityQuery(FIELD, query, traversal, result), new SimpleCollector() {
                private int base;

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                    base = context.docBase;
                }

                @Override
                public void collect(int doc) {
                    sink.accept(base + doc);
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
