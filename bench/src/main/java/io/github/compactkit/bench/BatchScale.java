package io.github.compactkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code batch PDF_DIR CLI_JAR [threads=2] [heap=1g]}: runs the command line's {@code batch} over a
 * folder of PDFs in a fresh JVM capped at {@code heap}, with GC logging, and reports documents per
 * second and peak heap: the largest heap occupancy the collector saw before any collection (what
 * the run really needed at its worst) and the largest live set after one.
 */
final class BatchScale {
    private static final Pattern GC_LINE = Pattern.compile("Pause.*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private BatchScale() {
    }

    static String run(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: batch PDF_DIR CLI_JAR [threads=2] [heap=1g]");
        }
        Path in = Path.of(args[0]);
        Path cli = Path.of(args[1]);
        String threads = args.length > 2 ? args[2] : "2";
        String heap = args.length > 3 ? args[3] : "1g";
        long documents;
        try (Stream<Path> s = Files.list(in)) {
            documents = s.filter(p -> p.toString().endsWith(".pdf")).count();
        }
        Path results = Path.of("target", "bench-results");
        Files.createDirectories(results);
        Path out = Files.createTempDirectory(results, "batch-out-");
        Path gcLog = results.resolve("batch-gc.log");
        Files.deleteIfExists(gcLog);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-Xlog:gc:file=" + gcLog,
                "-jar", cli.toString(), "batch", in.toString(), "--out", out.toString(), "--threads", threads,
                "--force", "--quiet"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(results.resolve("batch-output.txt").toFile()).start();
        // The machine may be shared: CPU time says what the run cost, whatever else was running.
        java.time.Duration cpu = java.time.Duration.ZERO;
        while (!p.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            cpu = p.info().totalCpuDuration().orElse(cpu);
        }
        int exit = p.exitValue();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = cpu.toMillis() / 1000.0;
        long parsed;
        try (Stream<Path> s = Files.walk(out)) {
            parsed = s.filter(f -> f.toString().endsWith(".pdf.json")).count();
        }
        long peakBefore = 0;
        long peakAfter = 0;
        long committed = 0;
        int collections = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                collections++;
                peakBefore = Math.max(peakBefore, Long.parseLong(m.group(1)));
                peakAfter = Math.max(peakAfter, Long.parseLong(m.group(2)));
                committed = Math.max(committed, Long.parseLong(m.group(3)));
            }
        }
        String output = Files.readString(results.resolve("batch-output.txt"), StandardCharsets.UTF_8).strip();
        StringBuilder md = new StringBuilder();
        md.append("| documents | parsed | threads | max heap | wall time (s) | documents/s | CPU time (s) | documents per CPU-second "
                + "| peak heap used (MB) | peak live after GC (MB) | heap committed (MB) | GCs | exit |\n");
        md.append("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %s | %.1f | %.1f | %.1f | %.1f | %d | %d | %d | %d | %d |%n", documents,
                parsed, threads, heap, seconds, parsed / seconds, cpuSeconds, parsed / cpuSeconds, peakBefore, peakAfter, committed,
                collections, exit));
        md.append("\nCommand: `").append(String.join(" ", command)).append("`\n\n```\n").append(output).append("\n```\n");
        deleteTree(out);
        return md.toString();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
