package io.github.compactkit.cli;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
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
 * Parses one file with a time limit. Java cannot kill a thread, so a parse that overruns is
 * interrupted and abandoned on its own daemon thread (it cannot keep the JVM alive), and the caller
 * gets a {@link ParseFailure#TIMEOUT}. Internal errors of the parser come back typed, never thrown raw.
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
        this(limit, Compacts::parse);
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
            task.cancel(true);
            throw new CompactParseException(ParseFailure.TIMEOUT, name,
                    "abandoned after " + limit.toSeconds() + " s");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new CompactParseException(ParseFailure.TIMEOUT, name, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CompactParseException cpe) {
                throw cpe;
            }
            // A parser bug (or OutOfMemoryError on a monster file) fails this file only.
            throw new CompactParseException(ParseFailure.CORRUPT, name, "internal error: " + cause, cause);
        }
    }

    @Override
    public void close() {
        parseThreads.shutdownNow();
    }
}
