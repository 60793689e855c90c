package io.github.compactkit.bench;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Text parse throughput in MB/s: JMH's wall-clock figure per document, and a second figure per
 * CPU-second of the parsing thread, which stays meaningful when the machine is shared (the cores'
 * other tenants slow the wall clock, not the work).
 */
final class TextThroughput {
    private TextThroughput() {
    }

    static String run() throws RunnerException, CompactParseException {
        Collection<RunResult> results = Jmh.run(TextParseBenchmark.class);
        StringBuilder md = new StringBuilder();
        md.append("| document | size (KB) | parses/s (JMH) | MB/s wall (JMH) | MB/s per CPU-second |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        long totalBytes = 0;
        double totalSeconds = 0;
        double totalCpuSeconds = 0;
        for (RunResult r : results) {
            String doc = Jmh.param(r, "document");
            String text = SeedTexts.text(doc);
            int bytes = SeedTexts.utf8Bytes(text);
            double ops = Jmh.score(r);
            double cpuPerParse = cpuSecondsPerParse(text, doc);
            totalBytes += bytes;
            totalSeconds += 1 / ops;
            totalCpuSeconds += cpuPerParse;
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f ± %.1f | %.2f | %.2f |%n", doc, bytes / 1024.0, ops,
                    Jmh.error(r), ops * bytes / 1e6, bytes / 1e6 / cpuPerParse));
        }
        md.append(String.format(Locale.ROOT, "| **all, one after another** | %.1f | | **%.2f** | **%.2f** |%n",
                totalBytes / 1024.0, totalBytes / 1e6 / totalSeconds, totalBytes / 1e6 / totalCpuSeconds));
        return md.toString();
    }

    /** CPU seconds of this thread per parse, after a warm-up, over at least two seconds of CPU. */
    static double cpuSecondsPerParse(String text, String name) throws CompactParseException {
        CompactParser parser = CompactParser.builder().build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Object> sink = new ArrayList<>();
        long warmUntil = threads.getCurrentThreadCpuTime() + 3_000_000_000L;
        while (threads.getCurrentThreadCpuTime() < warmUntil) {
            sink.add(parser.parseText(text, name));
            sink.clear();
        }
        long start = threads.getCurrentThreadCpuTime();
        int n = 0;
        while (threads.getCurrentThreadCpuTime() - start < 2_000_000_000L) {
            sink.add(parser.parseText(text, name));
            sink.clear();
            n++;
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e9 / n;
    }
}
