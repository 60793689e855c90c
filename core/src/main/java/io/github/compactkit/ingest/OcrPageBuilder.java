package io.github.compactkit.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the OCR words of one page into the same visual lines as a PDF text layer, so the rest of
 * ingest (furniture, reading order, line assembly) treats a scan like any other page. Each word
 * becomes one glyph in points. A scan is rarely straight: the page is turned back by the median slope
 * of Tesseract's baselines, and the words of one OCR line share one baseline, so that lines and
 * columns group as they were printed.
 */
final class OcrPageBuilder {
    /** Words below this confidence that hold no letter or digit are specks of dirt, not text. */
    private static final float NOISE_CONFIDENCE = 40;
    private static final Pattern RULES = Pattern.compile("^[|¦]+|[|¦]+$");

    private OcrPageBuilder() {
    }

    static PdfPage page(int number, float widthPt, float heightPt, List<OcrWord> recognised, int dpi, GrayImage image) {
        float scale = 72f / dpi;
        List<OcrWord> words = OcrBullets.mark(clean(recognised), image);
        double angle = Math.atan(medianSlope(words));
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        Map<Integer, double[]> lineBaselines = new HashMap<>();
        for (OcrWord w : words) {
            double y = -w.x0() * sin + w.baseline() * cos;
            lineBaselines.computeIfAbsent(w.line(), k -> new double[2]);
            double[] sum = lineBaselines.get(w.line());
            sum[0] += y;
            sum[1]++;
        }
        List<PdfGlyph> glyphs = new ArrayList<>();
        for (OcrWord w : words) {
            double[] sum = lineBaselines.get(w.line());
            float baseline = (float) (sum[0] / sum[1]);
            float x = (float) (w.x0() * cos + w.baseline() * sin);
            float size = Math.max(w.lineHeight(), 1f) * scale;
            glyphs.add(new PdfGlyph(w.text(), x * scale, baseline * scale, w.width() * scale, w.height() * scale,
                    size, false, false));
        }
        return new PdfPage(number, widthPt, heightPt, PdfLineBuilder.lines(glyphs));
    }

    /**
     * Without specks of dirt and table rules: a vertical rule is read as "|" (alone or stuck to a
     * word), which no compact's text contains.
     */
    static List<OcrWord> clean(List<OcrWord> words) {
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            String text = RULES.matcher(w.text()).replaceAll("");
            boolean noise = text.isEmpty()
                    || w.confidence() < NOISE_CONFIDENCE && text.codePoints().noneMatch(Character::isLetterOrDigit);
            if (!noise) {
                out.add(text.equals(w.text()) ? w : new OcrWord(text, w.x0(), w.y0(), w.x1(), w.y1(), w.baseline(),
                        w.slope(), w.lineHeight(), w.line(), w.confidence()));
            }
        }
        return out;
    }

    /** The slope of most of the page's text, weighted by words so that stray short lines do not decide. */
    static double medianSlope(List<OcrWord> words) {
        List<Float> slopes = new ArrayList<>();
        for (OcrWord w : words) {
            if (w.width() >= 2 * w.lineHeight()) {
                slopes.add(w.slope());
            }
        }
        if (slopes.isEmpty()) {
            return 0;
        }
        slopes.sort(Comparator.naturalOrder());
        return slopes.get(slopes.size() / 2);
    }
}
