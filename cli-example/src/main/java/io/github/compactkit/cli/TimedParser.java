package io.github.compactkit.cli;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.ParseFailure;
import io.github.compactkit.model.Compact;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses one file with a time limit. The real parse is a {@link CompactParser} with the same time
 * budget, which stops itself at the limit; this class is the outer net for any parse function: the
 * caller gets a {@link ParseFailure#TIMEOUT} at the limit even while a reader is inside one long step. Internal errors of the parser come back typed, never thrown raw.
 */
final class TimedParser implements AutoCloseable {
    /** The parse being timed; {@code Compacts::parse} in real runs. */
    @FunctionalInterface
    interface ParseFunction {
        Compact parse(Path file) throws CompactParseException;
    }

    private final Duration limit;
    private final ParseFunction function;
    private final ExecutorService parseThreads;

    TimedParser(Duration limit) {
        this(limit, CompactParser.builder().timeout(limit).build()::parse);
    }

    TimedParser(Duration limit, ParseFunction function) {
        this.limit = limit;
        this.function = function;
        AtomicInteger count = new AtomicInteger();
        this.parseThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "compactkit-parse-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Parses {@code file}; {@code name} is used in messages. */
    Compact parse(Path file, String name) throws CompactParseException {
        Future<Compact> task = parseThreads.submit(() -> function.parse(file));
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // No interrupt: the library's parse stops itself at the same budget, and an interrupt that
            // lands while a reader's classes initialise would break that class for the whole JVM.
            task.cancel(false);
            throw new CompactParseException(ParseFailure.TIMEOUT, name,
                    "abandoned after " + limit.toSeconds() + " s");
        } catch (InterruptedException e) {
            task.cancel(false);
            Thread.currentThread().interrupt();
            throw new CompactParseException(ParseFailure.TIMEOUT, name, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CompactParseException cpe) {
                throw cpe;
            }
            // A parser bug fails this file only; the library types its own errors, this is the last net.
            throw new CompactParseException(ParseFailure.CORRUPT, name, "internal error of the parser", cause);
        }
    }

    @Override
    public void close() {
        parseThreads.shutdownNow();
    }
}
