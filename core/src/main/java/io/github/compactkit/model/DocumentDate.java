package io.github.compactkit.model;

/** A date as written ("Draft December 2009") and as EDTF ("2009-12"), the latter null when unknown. */
public record DocumentDate(String text, String edtf) {
}
