package io.github.compactkit.layout;

/**
 * A rule's proposal for one line: what to make of it, and the evidence it read ("3 words, no full
 * stop").
 */
record Vote(String rule, Outcome outcome, String evidence) {
}
