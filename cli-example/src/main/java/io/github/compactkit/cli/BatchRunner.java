package io.github.compactkit.cli;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.Compacts;
import io.github.compactkit.ParseFailure;
import io.github.compactkit.io.CompactJson;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses every supported file under a folder on a fixed pool of worker threads. Each document's JSON
 * is written as soon as it is parsed; the gathered files (CSV, JSONL) are written in input order
 * from a small window of finished documents, so memory stays flat however large the folder.
 */
final class BatchRunner {
    private final BatchOptions options;
    private final Progress progress;
    private final TimedParser.ParseFunction parseFunction;

    BatchRunner(BatchOptions options, Progress progress) {
        this(options, progress, parser(options, progress)::parse);
    }

    /** One parser for the run: OCR pages share the run's thread budget and report to its progress. */
    private static CompactParser parser(BatchOptions options, Progress progress) {
        return Compacts.parser().ocr(options.ocr()).ocrThreads(options.threads()).ocrProgress(progress::ocrPage).build();
    }

    /** A runner with another parse function (tests use one that hangs). */
    BatchRunner(BatchOptions options, Progress progress, TimedParser.ParseFunction parseFunction) {
        this.options = options;
        this.progress = progress;
        this.parseFunction = parseFunction;
    }

    /** Runs the batch. Throws only when the output folder cannot be written. */
    BatchSummary run() throws IOException {
        long start = System.nanoTime();
        Path in = options.inputDir().toAbsolutePath().normalize();
        Path out = options.outDir().toAbsolutePath().normalize();
        Files.createDirectories(out);
        // An output folder inside the input folder must not be read as input (report.html, say).
        boolean outInsideIn = out.startsWith(in) && !in.startsWith(out);
        SupportedFiles.Listing listing = SupportedFiles.scan(in, outInsideIn ? out : null);
        List<Path> files = listing.files();
        progress.start(files.size());
        listing.notRead().forEach(n -> progress.notRead(n.file(), n.reason()));
        NotReadLog.write(out, listing.notRead());
        int[] counts = new int[DocumentOutcome.Kind.values().length];
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        try (TimedParser parser = new TimedParser(options.timeout(), parseFunction); BatchSink sink = new BatchSink(out)) {
            Deque<Future<DocumentOutcome>> window = new ArrayDeque<>();
            int windowSize = options.threads() * 2;
            for (Path file : files) {
                window.add(workers.submit(() -> process(parser, in, out, file)));
                if (window.size() >= windowSize) {
                    DocumentOutcome o = await(window.removeFirst());
                    sink.accept(o);
                    counts[o.kind().ordinal()]++;
                }
            }
            while (!window.isEmpty()) {
                DocumentOutcome o = await(window.removeFirst());
                sink.accept(o);
                counts[o.kind().ordinal()]++;
            }
        } finally {
            workers.shutdownNow();
            progress.finish();
        }
        return new BatchSummary(out, counts[DocumentOutcome.Kind.PARSED.ordinal()],
                counts[DocumentOutcome.Kind.SKIPPED.ordinal()], counts[DocumentOutcome.Kind.FAILED.ordinal()],
                (System.nanoTime() - start) / 1_000_000, listing.notRead().size());
    }

    private DocumentOutcome process(TimedParser parser, Path in, Path out, Path file) {
        String name = SupportedFiles.relativeName(in, file);
        DocumentOutcome outcome = processQuietly(parser, out, file, name);
        progress.done(outcome);
        return outcome;
    }

    private DocumentOutcome processQuietly(TimedParser parser, Path out, Path file, String name) {
        Path json = jsonFor(out, name);
        if (!options.force()) {
            Compact earlier = upToDate(file, json);
            if (earlier != null) {
                return DocumentOutcome.skipped(name, earlier);
            }
        }
        long t0 = System.nanoTime();
        try {
            Compact compact = parser.parse(file, name);
            writeAtomically(json, Compacts.toJson(compact));
            return DocumentOutcome.parsed(name, compact, (System.nanoTime() - t0) / 1_000_000);
        } catch (CompactParseException e) {
            return DocumentOutcome.failed(name, e.reason(), e.getMessage(), (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException | UncheckedIOException e) {
            return DocumentOutcome.failed(name, ParseFailure.IO_ERROR, name + ": could not write " + json.getFileName()
                    + " (" + e.getMessage() + ")", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** The earlier result for {@code file} when its JSON exists, is newer and still reads; else null. */
    private static Compact upToDate(Path file, Path json) {
        try {
            if (!Files.isRegularFile(json)
                    || Files.getLastModifiedTime(json).compareTo(Files.getLastModifiedTime(file)) <= 0) {
                return null;
            }
            return CompactJson.read(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or from an older schema: parse again
        }
    }

    /** Where a document's JSON goes: its relative path plus ".json", so a.pdf and a.docx don't collide. */
    static Path jsonFor(Path out, String relativeName) {
        return out.resolve(relativeName + ".json");
    }

    /**
     * Writes via a temporary file, so an interrupted run never leaves a half file that looks done. The
     * temporary file is created like any other output (permissions from the umask, as the CSV files):
     * {@code Files.createTempFile} would make it, and so the JSON, readable by its owner only.
     */
    private static void writeAtomically(Path target, String content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(".compactkit-" + java.util.UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static DocumentOutcome await(Future<DocumentOutcome> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // process() catches every failure of a document; anything here is a bug of ours.
            throw new IllegalStateException(e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "compactkit-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
