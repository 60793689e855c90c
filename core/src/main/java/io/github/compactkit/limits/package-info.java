/** Limits every parse obeys: its time budget, checked cooperatively by each pipeline stage. */
package io.github.compactkit.limits;
