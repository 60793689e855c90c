package io.github.compactkit.model;

/**
 * Something the parser set aside or decided against, with a stable {@code code} (for example
 * {@code SET_ASIDE_NO_PARTY}), a one-line message saying why, and where it was.
 */
public record Diagnostic(String code, String message, Span span) {
}
