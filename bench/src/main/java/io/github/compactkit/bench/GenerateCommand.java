package io.github.compactkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code generate OUT_DIR [count] [seed] [txt|pdf|both]}: writes the synthetic corpus, one document
 * at a time (memory stays flat), as {@code synthetic-0000.txt} / {@code .pdf}. Same arguments, same
 * bytes: the generator is seeded and the PDFs carry no timestamps.
 */
final class GenerateCommand {
    private GenerateCommand() {
    }

    static String run(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: generate OUT_DIR [count=1000] [seed=42] [txt|pdf|both]");
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        String formats = args.length > 3 ? args[3] : "both";
        Files.createDirectories(out);
        SyntheticCorpus corpus = new SyntheticCorpus(SeedPool.fromBundledCorpus(), seed);
        PdfRenderer pdf = new PdfRenderer();
        long t0 = System.nanoTime();
        long textBytes = 0;
        long pdfBytes = 0;
        for (int i = 0; i < count; i++) {
            SyntheticCompact c = corpus.generate(i);
            if (!formats.equals("pdf")) {
                byte[] text = c.text().getBytes(StandardCharsets.UTF_8);
                Files.write(out.resolve(c.name() + ".txt"), text);
                textBytes += text.length;
            }
            if (!formats.equals("txt")) {
                byte[] bytes = pdf.render(c);
                Files.write(out.resolve(c.name() + ".pdf"), bytes);
                pdfBytes += bytes.length;
            }
        }
        return String.format(Locale.ROOT, "Generated %d documents (seed %d) in %s in %.1f s: %.1f MB of text, %.1f MB of PDF.%n",
                count, seed, out, (System.nanoTime() - t0) / 1e9, textBytes / 1e6, pdfBytes / 1e6);
    }
}
