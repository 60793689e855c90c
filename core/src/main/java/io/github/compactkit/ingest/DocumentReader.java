package io.github.compactkit.ingest;

import io.github.compactkit.CompactParseException;

/**
 * Reads one family of formats (plain text, PDF, office documents) into lines. Readers are chosen by
 * the media type detected from the content, never from the file name alone.
 */
public interface DocumentReader {

    /** True when this reader handles the media type (e.g. "application/pdf"). */
    boolean supports(String mediaType);

    /**
     * Reads the bytes into lines.
     *
     * @throws CompactParseException with a {@link io.github.compactkit.ParseFailure} reason when the
     *     bytes cannot be read (corrupt, encrypted, no text layer, too large)
     */
    SourceDocument read(byte[] bytes, String fileName, String mediaType) throws CompactParseException;
}
