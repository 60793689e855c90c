package io.github.compactkit.compare;

/** One compact's wording of a commitment shared across areas. */
public record ClusterMember(String compact, ComparedItem item) {
}
