package io.github.compactkit.compare;

import java.util.List;

/** Every catalogue benchmark detected in one compact, in catalogue order. */
public record BenchmarkCoverage(String compact, List<BenchmarkResult> results) {
    public BenchmarkCoverage {
        results = List.copyOf(results);
    }

    /** The result for one benchmark id, or null if the catalogue has no such benchmark. */
    public BenchmarkResult result(String benchmarkId) {
        return results.stream().filter(r -> r.benchmark().equals(benchmarkId)).findFirst().orElse(null);
    }
}
