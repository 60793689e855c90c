package io.github.compactkit.ingest;

import com.google.common.base.Suppliers;
import io.github.compactkit.CompactParseException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A reader made when a document of its format is first met, so a text parse never loads PDFBox,
 * Tika or POI, and a PDF parse never loads Tika or POI. Which types it takes is known up front
 * ({@link ReaderFormats}); the reader is made once and shared, as readers are thread-safe.
 */
public final class LazyReader implements DocumentReader {
    private final Predicate<String> supports;
    private final Supplier<DocumentReader> reader;

    private LazyReader(Predicate<String> supports, Supplier<DocumentReader> factory) {
        this.supports = supports;
        this.reader = Suppliers.memoize(factory::get);
    }

    /** A reader of the types {@code supports} accepts, made by {@code factory} on first use. */
    public static DocumentReader of(Predicate<String> supports, Supplier<DocumentReader> factory) {
        return new LazyReader(supports, factory);
    }

    @Override
    public boolean supports(String mediaType) {
        return supports.test(mediaType);
    }

    @Override
    public SourceDocument read(byte[] bytes, String fileName, String mediaType) throws CompactParseException {
        return reader.get().read(bytes, fileName, mediaType);
    }
}
