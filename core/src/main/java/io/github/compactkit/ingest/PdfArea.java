package io.github.compactkit.ingest;

/**
 * A wide painted area of a page in top-left page coordinates: a table rule, a row's or a box's
 * background. Designed documents mark table rows and set-apart boxes (sidebars) with these rather
 * than with the text.
 */
record PdfArea(float x0, float top, float x1, float bottom) {
    /** Thinner than this, an area is a rule (a line), not a background. */
    static final float RULE = 3f;

    float width() {
        return x1 - x0;
    }

    float height() {
        return bottom - top;
    }

    boolean isRule() {
        return height() <= RULE;
    }

    /** The horizontal edges that separate what is above from what is below: a rule itself, or a background's top and bottom. */
    float[] edges() {
        return isRule() ? new float[] {(top + bottom) / 2} : new float[] {top, bottom};
    }
}
