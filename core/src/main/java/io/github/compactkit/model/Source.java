package io.github.compactkit.model;

/** The file a compact was read from: name, detected media type, page count (paged formats) and SHA-256. */
public record Source(String file, String format, Integer pages, String sha256) {
}
