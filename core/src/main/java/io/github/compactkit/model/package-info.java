/** The immutable model of a parsed compact: plain records, safe to share and compare. */
package io.github.compactkit.model;
