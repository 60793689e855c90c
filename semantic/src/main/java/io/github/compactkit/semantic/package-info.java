/**
 * Comparing commitments by meaning: {@link io.github.compactkit.semantic.SemanticSimilarity} embeds
 * commitment texts with the quantised all-MiniLM-L6-v2 sentence encoder, run in-process on ONNX
 * Runtime from the model inside its jar (nothing is downloaded), caches one vector per distinct text,
 * and proposes corpus candidates through Lucene's HNSW vector index.
 *
 * <pre>{@code
 * CompactComparator comparator = SemanticSimilarity.register(CompactComparator.builder()).build();
 * CompactComparison c = comparator.compare(a, b);
 * }</pre>
 *
 * <p>On the module path this jar is the automatic module {@code io.github.compactkit.semantic}, named
 * in its manifest, with no {@code module-info}: langchain4j's jars declare no module names, so a
 * descriptor could only require names derived from their file names, which change once langchain4j
 * names its modules. Its one package is its API; run a modular application with
 * {@code --add-modules ALL-MODULE-PATH}, as for the core.
 */
package io.github.compactkit.semantic;
