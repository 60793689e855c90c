package io.github.compactkit.cli;

import io.github.compactkit.compare.CompactComparator;
import io.github.compactkit.semantic.SemanticSimilarity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of comparing by meaning, shared by {@code compare}, {@code matrix} and {@code demo}:
 * on by default (the semantic module's sentence encoder), {@code --no-semantic} for wording and
 * shared terms only, and a file keeping the vectors between runs.
 */
final class MeaningOption {
    @Option(names = "--no-semantic", description = "Match by wording and shared terms only, not by meaning "
            + "(faster: no sentence encoder is loaded).")
    boolean off;

    @Option(names = "--embedding-cache", paramLabel = "FILE", description = "Keep the sentence vectors in FILE "
            + "between runs (read if it exists, written after): a corpus compared again encodes only its new texts.")
    Path cacheFile;

    private SemanticSimilarity similarity;

    /** The comparator: by meaning too unless turned off. */
    CompactComparator comparator() {
        CompactComparator.Builder builder = CompactComparator.builder();
        if (!off) {
            SemanticSimilarity.Builder s = SemanticSimilarity.builder();
            if (cacheFile != null) {
                s.cacheFile(cacheFile);
            }
            similarity = s.build();
            builder.similarity(similarity);
        }
        return builder.build();
    }

    /** Writes the cache file, if one was asked for; a failure is a warning, the comparison stands. */
    void saveCache(PrintWriter err) {
        if (similarity == null || cacheFile == null) {
            return;
        }
        try {
            similarity.save();
        } catch (IOException e) {
            err.println("warning: could not write the embedding cache " + cacheFile + ": " + e.getMessage());
            err.flush();
        }
    }
}
