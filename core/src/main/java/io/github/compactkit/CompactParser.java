package io.github.compactkit;

import io.github.compactkit.extract.CompactAssembler;
import io.github.compactkit.ingest.DocumentReader;
import io.github.compactkit.ingest.FormatDetector;
import io.github.compactkit.ingest.Hashes;
import io.github.compactkit.ingest.OcrSettings;
import io.github.compactkit.ingest.PdfReader;
import io.github.compactkit.ingest.PlainTextReader;
import io.github.compactkit.ingest.TikaReader;
import io.github.compactkit.ingest.SourceDocument;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses compacts. Immutable once built and safe to share between threads.
 *
 * <pre>{@code
 * CompactParser parser = CompactParser.builder().maxBytes(50_000_000).build();
 * Compact westminster = parser.parse(Path.of("westminster.pdf"));
 * westminster.undertakings().forEach(u -> System.out.println(u.party() + ": " + u.text()));
 * }</pre>
 */
public final class CompactParser {
    /** Default largest file accepted: 100 MB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

    private final long maxBytes;
    private final List<DocumentReader> readers;
    private final CompactAssembler assembler = new CompactAssembler();

    private CompactParser(Builder builder) {
        this.maxBytes = builder.maxBytes;
        List<DocumentReader> all = new ArrayList<>(builder.readers);
        all.add(new PdfReader(new OcrSettings(builder.ocrMode, builder.ocrThreads, builder.ocrLanguage,
                builder.tesseractCommand, builder.ocrDpi, builder.ocrProgress)));
        all.add(new TikaReader());
        all.add(new PlainTextReader());
        this.readers = List.copyOf(all);
    }

    /** A builder with the default readers (plain text, plus any format readers on the class path). */
    public static Builder builder() {
        return new Builder();
    }

    /** Parses a file of any supported format, detected from its content. */
    public Compact parse(Path file) throws CompactParseException {
        Objects.requireNonNull(file, "file");
        return parse(readFile(file), nameOf(file));
    }

    /** Parses the bytes of a document; {@code fileName} is used in provenance and messages only. */
    public Compact parse(byte[] bytes, String fileName) throws CompactParseException {
        return assemble(read(bytes, fileName));
    }

    /**
     * Parses a file and explains, block by block, what each block was taken for, which rule
     * decided, and what extraction made of it: the way to see why an item is missing.
     */
    public Explanation explain(Path file) throws CompactParseException {
        Objects.requireNonNull(file, "file");
        SourceDocument document = read(readFile(file), nameOf(file));
        requireText(document);
        try {
            return Explainer.explain(assembler.assembleWithLayout(document));
        } catch (RuntimeException | StackOverflowError e) {
            throw new CompactParseException(ParseFailure.CORRUPT, document.fileName(), "internal error: " + e, e);
        }
    }

    private static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private byte[] readFile(Path file) throws CompactParseException {
        String name = nameOf(file);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new CompactParseException(ParseFailure.TOO_LARGE, name, size + " bytes, limit " + maxBytes);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CompactParseException(ParseFailure.IO_ERROR, name, "no such file", e);
        } catch (IOException e) {
            throw new CompactParseException(ParseFailure.IO_ERROR, name, e.getMessage(), e);
        }
    }

    /** The bytes read by the reader of their detected format. */
    private SourceDocument read(byte[] bytes, String fileName) throws CompactParseException {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new CompactParseException(ParseFailure.EMPTY, fileName, null);
        }
        if (bytes.length > maxBytes) {
            throw new CompactParseException(ParseFailure.TOO_LARGE, fileName, bytes.length + " bytes, limit " + maxBytes);
        }
        String mediaType = FormatDetector.detect(bytes, fileName);
        DocumentReader reader = readers.stream().filter(r -> r.supports(mediaType)).findFirst()
                .orElseThrow(() -> new CompactParseException(ParseFailure.UNSUPPORTED_FORMAT, fileName, mediaType));
        return reader.read(bytes, fileName, mediaType);
    }

    private static void requireText(SourceDocument document) throws CompactParseException {
        if (document.lines().stream().allMatch(l -> l.isBlank())) {
            throw new CompactParseException(ParseFailure.EMPTY, document.fileName(), "no text");
        }
    }

    /** Parses text that is already in memory (no decoding needed). */
    public Compact parseText(String text, String fileName) throws CompactParseException {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new CompactParseException(ParseFailure.EMPTY, fileName, null);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return assemble(PlainTextReader.fromText(text, fileName, "text/plain", Hashes.sha256(utf8)));
    }

    private Compact assemble(SourceDocument document) throws CompactParseException {
        requireText(document);
        try {
            return assembler.assemble(document);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours must not look like a crash to the caller of a batch: report it typed.
            throw new CompactParseException(ParseFailure.CORRUPT, document.fileName(),
                    "internal error: " + e, e);
        }
    }

    /** Options for a {@link CompactParser}. */
    public static final class Builder {
        private long maxBytes = DEFAULT_MAX_BYTES;
        /** Readers registered by the caller, consulted before the built-in PDF, Tika and text readers. */
        private final List<DocumentReader> readers = new ArrayList<>();
        private OcrMode ocrMode = OcrMode.AUTO;
        private int ocrThreads = Runtime.getRuntime().availableProcessors();
        private String ocrLanguage = "eng";
        private String tesseractCommand = "tesseract";
        private int ocrDpi = OcrSettings.DEFAULT_DPI;
        private OcrProgress ocrProgress = OcrProgress.NONE;

        private Builder() {
        }

        /**
         * When PDF pages are recognised with Tesseract (default {@link OcrMode#AUTO}: pages without a
         * text layer). The {@code tesseract} executable must be installed for OCR to run.
         */
        public Builder ocr(OcrMode mode) {
            this.ocrMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * How many pages are recognised at once, over all documents this parser reads at the same
         * time (default: the number of processors). A batch passes its own thread count.
         */
        public Builder ocrThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("ocrThreads must be at least 1: " + threads);
            }
            this.ocrThreads = threads;
            return this;
        }

        /** Tesseract's language(s), e.g. {@code eng} (default) or {@code eng+cym}; the language data must be installed. */
        public Builder ocrLanguage(String language) {
            this.ocrLanguage = Objects.requireNonNull(language, "language");
            return this;
        }

        /** The tesseract executable: a name looked up on the PATH (default {@code tesseract}) or a full path. */
        public Builder tesseractCommand(String command) {
            this.tesseractCommand = Objects.requireNonNull(command, "command");
            return this;
        }

        /** The resolution pages are rendered at for OCR (default 300 dpi). */
        public Builder ocrDpi(int dpi) {
            this.ocrDpi = dpi;
            return this;
        }

        /** Told after each page recognised, for progress on long scans; called from OCR threads. */
        public Builder ocrProgress(OcrProgress progress) {
            this.ocrProgress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** The largest input accepted, in bytes; larger files fail with {@link ParseFailure#TOO_LARGE}. */
        public Builder maxBytes(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive: " + value);
            }
            this.maxBytes = value;
            return this;
        }

        /** Registers a reader for more formats; it is consulted before the built-in ones. */
        public Builder reader(DocumentReader reader) {
            readers.add(0, Objects.requireNonNull(reader, "reader"));
            return this;
        }

        /** The parser; throws {@link IllegalArgumentException} when an OCR option is out of range. */
        public CompactParser build() {
            return new CompactParser(this);
        }
    }
}
