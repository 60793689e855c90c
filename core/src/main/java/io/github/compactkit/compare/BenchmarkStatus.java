package io.github.compactkit.compare;

/** How a compact meets a benchmark commitment of national guidance. */
public enum BenchmarkStatus {
    /** The compact makes the commitment as guidance expects (e.g. 12 weeks for consultation). */
    PRESENT,
    /** It goes further than guidance (a longer period, more notice). */
    STRONGER,
    /** It addresses the topic but promises less: a shorter period, no period, or only an acknowledgement. */
    WEAKER,
    /** Nothing in the compact addresses it. */
    ABSENT
}
