package io.github.compactkit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} executable on one page image and returns its hOCR (words with boxes,
 * line baselines and sizes). The executable, not a Java binding: it is what every platform packages,
 * it gives word boxes directly, and a crash or hang in native code stays in its own process, which a
 * time limit can kill.
 */
final class Tesseract {
    /** What {@link #probe} found: the version line, or why tesseract cannot be used. */
    record Probe(String version, String problem) {
        boolean usable() {
            return problem == null;
        }
    }

    private static final Map<String, Probe> PROBES = new ConcurrentHashMap<>();

    private final String command;
    private final String language;
    private final int dpi;

    Tesseract(String command, String language, int dpi) {
        this.command = command;
        this.language = language;
        this.dpi = dpi;
    }

    /** Whether {@code command} runs and knows {@code language}; asked once per JVM and command. */
    static Probe probe(String command, String language) {
        return PROBES.computeIfAbsent(command + "\u0000" + language, k -> runProbe(command, language));
    }

    private static Probe runProbe(String command, String language) {
        String version;
        String langs;
        try {
            version = run(List.of(command, "--version")).lines().findFirst().orElse("tesseract").strip();
            langs = run(List.of(command, "--list-langs"));
        } catch (IOException e) {
            return new Probe(null, "tesseract is not installed (no '" + command + "' on the PATH). " + installHint(language));
        }
        List<String> known = langs.lines().map(String::strip).toList();
        for (String lang : language.split("\\+")) {
            if (!known.contains(lang)) {
                return new Probe(version, version + " has no language data for '" + lang + "'. Install it: Debian/Ubuntu "
                        + "'apt-get install tesseract-ocr-" + lang + "', macOS 'brew install tesseract-lang'");
            }
        }
        return new Probe(version, null);
    }

    /** Exactly how to get tesseract, per platform, and how to do without it. */
    static String installHint(String language) {
        String lang = language.split("\\+")[0];
        return "Install it: Debian/Ubuntu 'sudo apt-get install tesseract-ocr tesseract-ocr-" + lang + "', "
                + "Fedora 'sudo dnf install tesseract tesseract-langpack-" + lang + "', macOS 'brew install tesseract', "
                + "Windows: the UB Mannheim installer, then add its folder to PATH; "
                + "or parse with --ocr never to skip pages without text";
    }

    private static String run(List<String> args) throws IOException {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream()) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(args + " did not finish");
            }
            return out;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * Starts tesseract on one image (any format Leptonica reads; we send PGM on stdin). The caller
     * registers the process so that a cancelled parse can kill it, then calls {@link #finish}.
     */
    Process start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command, "stdin", "stdout", "--dpi", Integer.toString(dpi),
                "-l", language, "--psm", "3", "hocr");
        // One thread per process: pages run in parallel under our own budget, and OpenMP's
        // spinning threads would only fight them for the same cores.
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        return pb.start();
    }

    /** Feeds the image, reads the hOCR and waits for the process; throws with tesseract's message on failure. */
    static String finish(Process process, byte[] image) throws IOException, InterruptedException {
        // Tesseract reads all of stdin before it writes anything, so writing first cannot block on a full pipe.
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(image);
        }
        String hocr;
        try (InputStream stdout = process.getInputStream()) {
            hocr = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        }
        String stderr;
        try (InputStream err = process.getErrorStream()) {
            stderr = new String(err.readAllBytes(), StandardCharsets.UTF_8);
        }
        int code = process.waitFor();
        if (code != 0) {
            String first = stderr.lines().filter(l -> !l.isBlank()).findFirst().orElse("no message");
            throw new IOException("tesseract exited with " + code + ": " + first);
        }
        return hocr;
    }
}
