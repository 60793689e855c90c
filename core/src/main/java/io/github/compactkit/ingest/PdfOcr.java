package io.github.compactkit.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Recognises PDF pages with Tesseract: each page is rendered in grey by PDFBox (one page at a time,
 * as a document's renderer is not thread-safe) while the pages already rendered are recognised on a
 * pool of {@link OcrSettings#threads()} threads, shared by every document read with the same settings
 * — the thread budget of a batch. At most one rendered page per thread waits, so memory stays flat.
 */
final class PdfOcr {
    /** The pages recognised, by 0-based index, and a message for each page that failed. */
    record Result(Map<Integer, PdfPage> pages, Map<Integer, String> failures) {
    }

    private final OcrSettings settings;
    private final Tesseract tesseract;
    private ThreadPoolExecutor pool;

    PdfOcr(OcrSettings settings) {
        this.settings = settings;
        this.tesseract = new Tesseract(settings.command(), settings.language(), settings.dpi());
    }

    Tesseract.Probe probe() {
        return Tesseract.probe(settings.command(), settings.language());
    }

    /** Recognises the pages at {@code indexes} (0-based); interrupting the caller kills the running tesseracts. */
    Result recognise(PDDocument document, List<Integer> indexes, String fileName) throws IOException, InterruptedException {
        PDFRenderer renderer = new PDFRenderer(document);
        Semaphore waiting = new Semaphore(settings.threads() + 1);
        Set<Process> running = ConcurrentHashMap.newKeySet();
        AtomicInteger done = new AtomicInteger();
        Map<Integer, Future<PdfPage>> futures = new TreeMap<>();
        try {
            for (int index : indexes) {
                waiting.acquire();
                BufferedImage image;
                try {
                    image = renderer.renderImageWithDPI(index, settings.dpi(), ImageType.GRAY);
                } catch (IOException | RuntimeException e) {
                    waiting.release();
                    throw e;
                }
                GrayImage gray = GrayImage.ofPgm(pgm(image), image.getWidth(), image.getHeight());
                futures.put(index, pool().submit(() -> {
                    try {
                        PdfPage page = recognisePage(index + 1, gray, running);
                        settings.progress().pageDone(fileName, done.incrementAndGet(), indexes.size());
                        return page;
                    } finally {
                        waiting.release();
                    }
                }));
            }
            Map<Integer, PdfPage> pages = new TreeMap<>();
            Map<Integer, String> failures = new TreeMap<>();
            for (Map.Entry<Integer, Future<PdfPage>> e : futures.entrySet()) {
                try {
                    pages.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException ex) {
                    Throwable cause = ex.getCause();
                    failures.put(e.getKey(), cause.getMessage() == null ? cause.toString() : cause.getMessage());
                }
            }
            return new Result(pages, failures);
        } catch (InterruptedException | IOException | RuntimeException e) {
            futures.values().forEach(f -> f.cancel(true));
            running.forEach(Process::destroyForcibly);
            throw e;
        }
    }

    private PdfPage recognisePage(int number, GrayImage image, Set<Process> running)
            throws IOException, InterruptedException {
        Process process = tesseract.start();
        running.add(process);
        try {
            String hocr = Tesseract.finish(process, image.pixels());
            float scale = 72f / settings.dpi();
            return OcrPageBuilder.page(number, image.width() * scale, image.height() * scale, HocrReader.words(hocr),
                    settings.dpi(), image);
        } catch (CancellationException e) {
            throw new InterruptedException("cancelled");
        } finally {
            running.remove(process);
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /** Binary PGM: no compression to pay for, and Leptonica reads it from stdin. */
    static byte[] pgm(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] header = ("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[header.length + w * h];
        System.arraycopy(header, 0, out, 0, header.length);
        Raster raster = image.getRaster();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && raster.getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == w * h) {
            System.arraycopy(buffer.getData(), 0, out, header.length, w * h);
        } else {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    out[header.length + y * w + x] = (byte) row[x];
                }
            }
        }
        return out;
    }

    /** Created on first use; idle threads end, so a parser that never meets a scan holds none. */
    private synchronized ThreadPoolExecutor pool() {
        if (pool == null) {
            AtomicInteger count = new AtomicInteger();
            pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "compactkit-ocr-" + count.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
        }
        return pool;
    }
}
