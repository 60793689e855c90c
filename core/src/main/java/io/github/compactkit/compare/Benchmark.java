package io.github.compactkit.compare;

/**
 * A commitment national guidance expects a local compact to make: a stable id
 * ("consultation-period"), a title, what guidance expects, and the expected period when there is
 * one ("12 weeks", else null). The catalogue is documented in {@code docs/benchmarks.md}.
 */
public record Benchmark(String id, String title, String guidance, String expected) {
}
