package io.github.compactkit.model;

/**
 * Where an item came from: 1-based line range in the source text and, for paged formats, the page
 * range and (PDF only) the bounding box of the first page's part.
 */
public record Span(int startLine, int endLine, Integer startPage, Integer endPage, BoundingBox box) {

    /** A span of text lines with no page information. */
    public static Span lines(int startLine, int endLine) {
        return new Span(startLine, endLine, null, null, null);
    }

    /** The span covering this one and {@code other}. */
    public Span union(Span other) {
        if (other == null) {
            return this;
        }
        return new Span(Math.min(startLine, other.startLine), Math.max(endLine, other.endLine),
                minOrNull(startPage, other.startPage), maxOrNull(endPage, other.endPage),
                box == null ? other.box : (other.box == null || !java.util.Objects.equals(startPage, other.startPage) ? box : box.union(other.box)));
    }

    private static Integer minOrNull(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    private static Integer maxOrNull(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }
}
