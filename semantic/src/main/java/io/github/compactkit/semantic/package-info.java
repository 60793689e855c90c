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
 */
package io.github.compactkit.semantic;
