/** Ingest: source bytes of any supported format to lines with layout hints and provenance. */
package io.github.compactkit.ingest;
