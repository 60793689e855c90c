package io.github.compactkit.bench;

import io.github.compactkit.CompactParser;
import io.github.compactkit.corpus.Corpus;
import io.github.compactkit.corpus.CorpusDocument;
import io.github.compactkit.corpus.GoldAnnotation;
import io.github.compactkit.corpus.eval.ListScore;
import io.github.compactkit.corpus.eval.Scorecard;
import io.github.compactkit.corpus.eval.Scorer;
import io.github.compactkit.model.Compact;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * OCR benchmarks. Scans are made as the corpus's are, by {@code corpus/scan/make-scan.sh}
 * (pdftoppm, ImageMagick, img2pdf at 150 dpi, JPEG quality 40), so run from the repository root.
 *
 * <p>{@code ocr [pages=20] [threads=2] [rounds=2]}: a scan of the first {@code pages} pages of
 * Westminster parsed by compactkit with {@code threads} OCR threads, against tesseract's own time on
 * the same page images (rendered beforehand by PDFBox at the parser's 300 dpi, recognised by the
 * executable with the same options and the same number of processes at once), alternating the two
 * in one run so that load changes hit both.
 *
 * <p>{@code ocr-accuracy [threads=2]}: every bundled PDF rendering scanned and scored against its
 * gold next to the digital PDF.
 */
final class OcrBench {
    private static final int DPI = 300;

    private OcrBench() {
    }

    static String run(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path work = Files.createTempDirectory("compactkit-ocr-bench-");
        Path digital = work.resolve("westminster-" + pages + ".pdf");
        try (PDDocument doc = Loader.loadPDF(CorpusFiles.read("pdf", "westminster.pdf"))) {
            while (doc.getNumberOfPages() > pages) {
                doc.removePage(doc.getNumberOfPages() - 1);
            }
            pages = doc.getNumberOfPages();
            doc.save(digital.toFile());
        }
        Path scan = makeScan(digital, work.resolve("westminster-" + pages + "-scan.pdf"));
        List<Path> images = renderPages(scan, work);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d-page scan of Westminster (%s, %d KB), %d OCR threads, %d dpi:%n%n",
                pages, "150 dpi JPEG pages", Files.size(scan) / 1024, threads, DPI));
        md.append("| round | tesseract alone: wall (s) | CPU (s) | compactkit parse: wall (s) | CPU (s) | ratio wall | ratio CPU |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        double[] sum = new double[4];
        Compact parsed = null;
        for (int r = 1; r <= rounds; r++) {
            double cpu0 = CpuTime.withChildren();
            double t = tesseractAlone(images, threads);
            double cpu1 = CpuTime.withChildren();
            long t0 = System.nanoTime();
            parsed = CompactParser.builder().ocrThreads(threads).build().parse(scan);
            double p = (System.nanoTime() - t0) / 1e9;
            double cpu2 = CpuTime.withChildren();
            double[] row = {t, cpu1 - cpu0, p, cpu2 - cpu1};
            for (int k = 0; k < 4; k++) {
                sum[k] += row[k];
            }
            md.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f× |%n", r, row[0], row[1],
                    row[2], row[3], row[2] / row[0], row[3] / row[1]));
            System.err.printf(Locale.ROOT, "round %d: tesseract %.1f s (%.1f s CPU), parse %.1f s (%.1f s CPU)%n", r,
                    row[0], row[1], row[2], row[3]);
        }
        md.append(String.format(Locale.ROOT, "| **all** | %.1f | %.1f | %.1f | %.1f | **%.2f×** | **%.2f×** |%n", sum[0], sum[1],
                sum[2], sum[3], sum[2] / sum[0], sum[3] / sum[1]));
        md.append(String.format(Locale.ROOT, "%nParse CPU per page %.2f s; on %d otherwise idle cores a %d-page scan would take about "
                + "%.0f s (CPU ÷ cores).%n", sum[3] / rounds / pages, threads, pages, sum[3] / rounds / threads));
        GoldAnnotation gold = Corpus.bundled().find("westminster").orElseThrow().gold().orElseThrow();
        Scorecard scanCard = Scorer.score(parsed, gold);
        Scorecard digitalCard = Scorer.score(CompactParser.builder().build().parse(digital), gold);
        md.append(String.format(Locale.ROOT, "%nSame %d pages against Westminster's gold (which also covers the pages cut off): "
                + "undertakings with party F1 %.3f scanned, %.3f digital; principles %.3f / %.3f; action points %.3f / %.3f.%n",
                pages, f1(scanCard, Scorecard.UNDERTAKINGS_WITH_PARTY), f1(digitalCard, Scorecard.UNDERTAKINGS_WITH_PARTY),
                f1(scanCard, Scorecard.PRINCIPLES), f1(digitalCard, Scorecard.PRINCIPLES),
                f1(scanCard, Scorecard.ACTION_POINTS), f1(digitalCard, Scorecard.ACTION_POINTS)));
        return md.toString();
    }

    static String accuracy(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path work = Files.createTempDirectory("compactkit-ocr-accuracy-");
        CompactParser parser = CompactParser.builder().ocrThreads(threads).build();
        StringBuilder md = new StringBuilder();
        md.append("| document | pages | principles F1 digital / scan | undertakings with party F1 digital / scan | "
                + "action points F1 digital / scan | scan parse (s) |\n|---|---:|---:|---:|---:|---:|\n");
        double sumDigital = 0;
        double sumScan = 0;
        int compacts = 0;
        for (CorpusDocument doc : Corpus.bundled().annotated()) {
            if (doc.rendering("application/pdf").isEmpty()) {
                continue;
            }
            Path digital = doc.rendering("application/pdf").orElseThrow().copyTo(work);
            Path scan = makeScan(digital, work.resolve(doc.name() + "-scan.pdf"));
            GoldAnnotation gold = doc.gold().orElseThrow();
            Scorecard d = Scorer.score(parser.parse(digital), gold);
            long t0 = System.nanoTime();
            Compact scanned = parser.parse(scan);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Scorecard s = Scorer.score(scanned, gold);
            int pages;
            try (PDDocument pdf = Loader.loadPDF(scan.toFile())) {
                pages = pdf.getNumberOfPages();
            }
            md.append(String.format(Locale.ROOT, "| %s | %d | %s / %s | %s / %s | %s / %s | %.1f |%n", doc.name(), pages,
                    cell(d, Scorecard.PRINCIPLES), cell(s, Scorecard.PRINCIPLES),
                    cell(d, Scorecard.UNDERTAKINGS_WITH_PARTY), cell(s, Scorecard.UNDERTAKINGS_WITH_PARTY),
                    cell(d, Scorecard.ACTION_POINTS), cell(s, Scorecard.ACTION_POINTS), seconds));
            System.err.println("scored " + doc.name());
            if (d.list(Scorecard.UNDERTAKINGS_WITH_PARTY).map(ListScore::gold).orElse(0) > 0) {
                sumDigital += f1(d, Scorecard.UNDERTAKINGS_WITH_PARTY);
                sumScan += f1(s, Scorecard.UNDERTAKINGS_WITH_PARTY);
                compacts++;
            }
        }
        md.append(String.format(Locale.ROOT, "%nMean undertakings-with-party F1 over the %d compacts: %.3f digital, %.3f scanned.%n",
                compacts, sumDigital / compacts, sumScan / compacts));
        return md.toString();
    }

    private static double f1(Scorecard card, String list) {
        return card.list(list).map(ListScore::f1).orElse(Double.NaN);
    }

    private static String cell(Scorecard card, String list) {
        return card.list(list).filter(l -> l.gold() > 0 || l.predicted() > 0)
                .map(l -> String.format(Locale.ROOT, "%.2f", l.f1())).orElse("–");
    }

    /** Runs corpus/scan/make-scan.sh, the script that made the committed scan. */
    private static Path makeScan(Path pdf, Path out) throws IOException, InterruptedException {
        Path script = CorpusFiles.find("scan", "make-scan.sh");
        Process p = new ProcessBuilder("bash", script.toString(), pdf.toString(), out.toString(), "150", "40")
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("make-scan.sh failed: " + log.strip());
        }
        return out;
    }

    /** The scan's pages as the parser sees them: PDFBox, grey, 300 dpi, binary PGM. */
    private static List<Path> renderPages(Path scan, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(scan.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                Path file = dir.resolve(String.format(Locale.ROOT, "page-%03d.pgm", i + 1));
                try (OutputStream out = Files.newOutputStream(file)) {
                    out.write(("P5\n" + image.getWidth() + " " + image.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
                    byte[] row = new byte[image.getWidth()];
                    int[] samples = new int[image.getWidth()];
                    for (int y = 0; y < image.getHeight(); y++) {
                        image.getRaster().getSamples(0, y, image.getWidth(), 1, 0, samples);
                        for (int x = 0; x < samples.length; x++) {
                            row[x] = (byte) samples[x];
                        }
                        out.write(row);
                    }
                }
                files.add(file);
            }
        }
        return files;
    }

    /** Wall time of tesseract on every image, {@code threads} processes at once, hOCR to a pipe as the parser does. */
    private static double tesseractAlone(List<Path> images, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Path image : images) {
                runs.add(pool.submit(() -> {
                    ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "--dpi",
                            Integer.toString(DPI), "-l", "eng", "--psm", "3", "hocr");
                    pb.environment().put("OMP_THREAD_LIMIT", "1");
                    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
                    Process p = pb.start();
                    try (InputStream in = p.getInputStream()) {
                        in.readAllBytes();
                    }
                    return p.waitFor();
                }));
            }
            for (Future<Integer> f : runs) {
                if (f.get() != 0) {
                    throw new IOException("tesseract failed");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
