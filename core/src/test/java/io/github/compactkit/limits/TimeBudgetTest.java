package io.github.compactkit.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.ParseFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The builder's time budget: a parse over it stops with {@link ParseFailure#TIMEOUT} soon after the
 * deadline (it does not run to its end), and an interrupted parse stops the same way.
 */
class TimeBudgetTest {
    /** Every bundled compact text, repeated to some megabytes: seconds of work for the pipeline. */
    private static byte[] large;

    @BeforeAll
    static void readCorpus() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("..", "corpus", "compacts"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        String once = all.toString();
        while (all.length() < 4_000_000) {
            all.append(once);
        }
        large = all.toString().getBytes(StandardCharsets.UTF_8);
        // Load the readers and models first: an interrupt must land in the parse, not in class loading.
        try {
            CompactParser.builder().build().parse(once.substring(0, 20_000).getBytes(StandardCharsets.UTF_8), "warm.txt");
        } catch (CompactParseException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aParseOverItsBudgetStopsSoonAfterTheDeadline() {
        CompactParser parser = CompactParser.builder().timeout(Duration.ofMillis(300)).build();
        long t0 = System.nanoTime();
        CompactParseException e = assertThrows(CompactParseException.class, () -> parser.parse(large, "large.txt"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(ParseFailure.TIMEOUT, e.reason(), e.getMessage());
        assertEquals("large.txt: parsing took longer than the configured limit (stopped at the time limit)", e.getMessage());
        // The whole parse takes many seconds; stopping at a check takes a small part of one.
        assertTrue(ms < 5_000, "stopped after " + ms + " ms");
    }

    @Test
    void anInterruptedParseStopsAndReportsATimeout() throws InterruptedException {
        CompactParser parser = CompactParser.builder().timeout(Duration.ofMinutes(5)).build();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                outcome.set(parser.parse(large, "large.txt"));
            } catch (CompactParseException e) {
                outcome.set(e);
            }
        });
        worker.start();
        Thread.sleep(500);
        long t0 = System.nanoTime();
        worker.interrupt();
        worker.join(10_000);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(!worker.isAlive(), "the interrupted parse is still running");
        assertTrue(outcome.get() instanceof CompactParseException e && e.reason() == ParseFailure.TIMEOUT,
                () -> "expected TIMEOUT, got " + outcome.get());
        assertTrue(ms < 5_000, "stopped " + ms + " ms after the interrupt");
    }

    @Test
    void theBudgetMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> CompactParser.builder().timeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> CompactParser.builder().timeout(Duration.ofSeconds(-1)));
        assertEquals(CompactParser.DEFAULT_TIMEOUT, CompactParser.builder().build().timeout());
    }

    @Test
    void aCheckOutsideATimedParseDoesNothing() {
        ParseDeadline.clear();
        ParseDeadline.check();
        ParseDeadline expired = ParseDeadline.after(-1);
        expired.install();
        try {
            assertThrows(ParseDeadline.Exceeded.class, ParseDeadline::check);
        } finally {
            ParseDeadline.clear();
        }
        ParseDeadline.check();
    }
}
