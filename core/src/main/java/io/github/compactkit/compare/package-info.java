/**
 * Compare: align the commitments of two compacts ({@link io.github.compactkit.compare.Comparisons#compare}),
 * detect reuse of wording, benchmark commitments and corpus-wide matrices; JSON, CSV and Markdown writers.
 */
package io.github.compactkit.compare;
