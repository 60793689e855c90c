package io.github.compactkit;

import io.github.compactkit.ingest.DocumentReader;
import io.github.compactkit.ingest.FormatDetector;
import io.github.compactkit.ingest.Hashes;
import io.github.compactkit.ingest.LazyReader;
import io.github.compactkit.ingest.LongRuns;
import io.github.compactkit.ingest.OcrSettings;
import io.github.compactkit.ingest.PdfReader;
import io.github.compactkit.ingest.PlainTextReader;
import io.github.compactkit.ingest.ReaderFormats;
import io.github.compactkit.ingest.TikaReader;
import io.github.compactkit.limits.ParseDeadline;
import io.github.compactkit.ingest.SourceDocument;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses compacts. Immutable once built and safe to share between threads.
 *
 * <pre>{@code
 * CompactParser parser = CompactParser.builder().maxBytes(50_000_000).timeout(Duration.ofSeconds(30)).build();
 * Compact westminster = parser.parse(Path.of("westminster.pdf"));
 * westminster.undertakings().forEach(u -> System.out.println(u.party() + ": " + u.text()));
 * }</pre>
 *
 * <p>Every parse runs within limits and ends with a model or a {@link CompactParseException}: over
 * the time budget it stops and fails with {@link ParseFailure#TIMEOUT} (see {@link ParseDeadline}); a reader that runs out of stack fails with {@link ParseFailure#TOO_COMPLEX},
 * one that runs out of memory with {@link ParseFailure#TOO_LARGE}.
 */
public final class CompactParser {
    /** Default largest file accepted: 100 MB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    /** Default time budget of one parse: forty times the slowest bundled document on one core. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private final long maxBytes;
    private final Duration timeout;
    private final List<DocumentReader> readers;
    private final ParsePipeline pipeline = new ParsePipeline();

    private CompactParser(Builder builder) {
        this.maxBytes = builder.maxBytes;
        this.timeout = builder.timeout;
        List<DocumentReader> all = new ArrayList<>(builder.readers);
        // The format readers are made on first use: a text parse loads neither PDFBox nor Tika and POI.
        OcrSettings ocr = new OcrSettings(builder.ocrMode, builder.ocrThreads, builder.ocrLanguage,
                builder.tesseractCommand, builder.ocrDpi, builder.ocrProgress);
        all.add(LazyReader.of(ReaderFormats::pdf, () -> new PdfReader(ocr)));
        all.add(LazyReader.of(ReaderFormats::tika, () -> new TikaReader()));
        all.add(new PlainTextReader());
        this.readers = List.copyOf(all);
    }

    /** A builder with the default readers (plain text, plus any format readers on the class path). */
    public static Builder builder() {
        return new Builder();
    }

    /** The time budget of one parse. */
    public Duration timeout() {
        return timeout;
    }

    /** Parses a file of any supported format, detected from its content. */
    public Compact parse(Path file) throws CompactParseException {
        Objects.requireNonNull(file, "file");
        String name = nameOf(file);
        return withinLimits(name, () -> assemble(read(readFile(file), name)));
    }

    /** Parses the bytes of a document; {@code fileName} is used in provenance and messages only. */
    public Compact parse(byte[] bytes, String fileName) throws CompactParseException {
        Objects.requireNonNull(bytes, "bytes");
        return withinLimits(fileName, () -> assemble(read(bytes, fileName)));
    }

    /**
     * Parses a file and explains, block by block, what each block was taken for, which rule
     * decided, and what extraction made of it: the way to see why an item is missing.
     */
    public Explanation explain(Path file) throws CompactParseException {
        Objects.requireNonNull(file, "file");
        String name = nameOf(file);
        return withinLimits(name, () -> {
            SourceDocument document = LongRuns.shorten(read(readFile(file), name));
            requireText(document);
            return Explainer.explain(pipeline.assembleWithLayout(document));
        });
    }

    /** Parses text that is already in memory (no decoding needed). */
    public Compact parseText(String text, String fileName) throws CompactParseException {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new CompactParseException(ParseFailure.EMPTY, fileName, null);
        }
        return withinLimits(fileName, () -> {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            return assemble(PlainTextReader.fromText(text, fileName, "text/plain", Hashes.sha256(utf8)));
        });
    }

    /** One step of a parse that may fail typed. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws CompactParseException;
    }

    /**
     * Runs a parse on the calling thread under the time budget. The stages check the deadline as
     * they go (see {@link ParseDeadline}), so the parse stops itself: no thread is left behind, the
     * caller's thread-local caches serve it, and its CPU time is the caller's. A single step inside
     * a third-party reader is not interrupted midway; the size and nesting guards bound those.
     */
    private <T> T withinLimits(String fileName, Step<T> step) throws CompactParseException {
        ParseDeadline enclosing = ParseDeadline.current();
        ParseDeadline deadline = ParseDeadline.after(timeout.toNanos());
        deadline.install();
        try {
            return typed(fileName, deadline, step);
        } finally {
            if (enclosing == null) {
                ParseDeadline.clear();
            } else {
                enclosing.install();
            }
        }
    }

    /** The step's result, or any way it can fail as a {@link CompactParseException}. */
    private static <T> T typed(String fileName, ParseDeadline deadline, Step<T> step) throws CompactParseException {
        try {
            return step.run();
        } catch (CompactParseException e) {
            // A reader may report a stop at the deadline as damage: the deadline is the truth.
            throw deadline.expired() || Thread.currentThread().isInterrupted() ? timedOut(fileName, e) : e;
        } catch (ParseDeadline.Exceeded e) {
            throw timedOut(fileName, e);
        } catch (StackOverflowError e) {
            throw new CompactParseException(ParseFailure.TOO_COMPLEX, fileName, "nested too deeply for the parser's stack", e);
        } catch (OutOfMemoryError e) {
            throw new CompactParseException(ParseFailure.TOO_LARGE, fileName,
                    "reading it needed more than the " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB of memory available", e);
        } catch (ExceptionInInitializerError e) {
            // A class of ours failed to start (a vocabulary file that does not load): our fault, not the file's.
            throw new CompactParseException(ParseFailure.CORRUPT, fileName, "internal error of the parser", e);
        } catch (LinkageError e) {
            // An optional decoder a library reaches for (zstd in a zip entry) is not on the class path.
            throw new CompactParseException(ParseFailure.CORRUPT, fileName, "compressed with a method this build cannot decode", e);
        } catch (RuntimeException e) {
            if (deadline.expired() || Thread.currentThread().isInterrupted()) {
                throw timedOut(fileName, e);
            }
            // A bug of ours must not look like a crash to the caller of a batch: report it typed.
            throw new CompactParseException(ParseFailure.CORRUPT, fileName, "internal error of the parser", e);
        }
    }

    private static CompactParseException timedOut(String fileName, Throwable cause) {
        return new CompactParseException(ParseFailure.TIMEOUT, fileName, "stopped at the time limit", cause);
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
            throw new CompactParseException(ParseFailure.IO_ERROR, name,
                    e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "read error", e);
        }
    }

    /** The bytes read by the reader of their detected format. */
    private SourceDocument read(byte[] bytes, String fileName) throws CompactParseException {
        if (bytes.length == 0) {
            throw new CompactParseException(ParseFailure.EMPTY, fileName, null);
        }
        if (bytes.length > maxBytes) {
            throw new CompactParseException(ParseFailure.TOO_LARGE, fileName, bytes.length + " bytes, limit " + maxBytes);
        }
        String mediaType = FormatDetector.detect(bytes, fileName);
        DocumentReader reader = readers.stream().filter(r -> r.supports(mediaType)).findFirst()
                .orElseThrow(() -> new CompactParseException(ParseFailure.UNSUPPORTED_FORMAT, fileName,
                        FormatDetector.describe(mediaType)));
        return reader.read(bytes, fileName, mediaType);
    }

    private static void requireText(SourceDocument document) throws CompactParseException {
        if (document.lines().stream().allMatch(l -> l.isBlank())) {
            throw new CompactParseException(ParseFailure.EMPTY, document.fileName(), "no text");
        }
    }

    private Compact assemble(SourceDocument read) throws CompactParseException {
        requireText(read);
        return pipeline.assemble(LongRuns.shorten(read));
    }


    /** Options for a {@link CompactParser}. */
    public static final class Builder {
        private long maxBytes = DEFAULT_MAX_BYTES;
        private Duration timeout = DEFAULT_TIMEOUT;
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

        /**
         * The time budget of one parse (default {@link #DEFAULT_TIMEOUT}); past it the parse fails
         * with {@link ParseFailure#TIMEOUT} and stops.
         */
        public Builder timeout(Duration value) {
            Objects.requireNonNull(value, "timeout");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + value);
            }
            this.timeout = value;
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
