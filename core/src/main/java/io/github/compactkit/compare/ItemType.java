package io.github.compactkit.compare;

/** The kind of model item a compared commitment came from. */
public enum ItemType {
    PRINCIPLE,
    UNDERTAKING,
    ACTION_POINT
}
