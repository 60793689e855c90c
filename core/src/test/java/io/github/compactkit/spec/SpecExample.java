package io.github.compactkit.spec;

/** One example of the conventions spec: its id ("01-structure-and-principles#12"), section, input and expected lines. */
record SpecExample(String id, String section, String input, String expected) {
}
