package io.github.compactkit.compare;

/**
 * One benchmark in one compact: its status, the period found (e.g. "12 weeks", else null), the quoted
 * evidence (null when ABSENT), the section it came from and where (UNDERTAKING, PRINCIPLE,
 * ACTION_POINT, TEXT for a paragraph of the source text, SECTION_TITLE).
 */
public record BenchmarkResult(String benchmark, BenchmarkStatus status, String value, String evidence,
                              String section, String source) {
}
