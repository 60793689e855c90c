package io.github.compactkit.model;

/** A rectangle on a PDF page in points, origin top-left. */
public record BoundingBox(float x, float y, float width, float height) {

    /** The smallest box holding both this and {@code other}. */
    public BoundingBox union(BoundingBox other) {
        if (other == null) {
            return this;
        }
        float x0 = Math.min(x, other.x);
        float y0 = Math.min(y, other.y);
        float x1 = Math.max(x + width, other.x + other.width);
        float y1 = Math.max(y + height, other.y + other.height);
        return new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }
}
