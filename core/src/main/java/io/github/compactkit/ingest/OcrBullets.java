package io.github.compactkit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the list bullets OCR drops or misreads. Tesseract takes a small round bullet for a speck and
 * leaves it out, or reads it as "e", "*", "©"; either way the line would lose its list marker. A
 * bullet is a small, solid, roughly square blob at mid-height of the line, left of its first word,
 * with white between: such a blob becomes a "•" word, and a one-character first word of bullet size
 * is read as "•".
 */
final class OcrBullets {
    /** Darker than this is ink. */
    private static final int INK = 110;
    /** What Tesseract reads a bullet as, when it keeps it. */
    private static final String MISREAD = "•·*«»©®°¢";

    private OcrBullets() {
    }

    /** The words with a "•" word added (or substituted) where a line starts with a bullet. */
    static List<OcrWord> mark(List<OcrWord> words, GrayImage image) {
        Map<Integer, OcrWord> firsts = new TreeMap<>();
        for (OcrWord w : words) {
            firsts.merge(w.line(), w, (a, b) -> a.x0() <= b.x0() ? a : b);
        }
        List<OcrWord> out = new ArrayList<>(words.size() + 8);
        for (OcrWord w : words) {
            OcrWord first = firsts.get(w.line());
            if (w == first && w.text().length() == 1 && (isBulletSized(w) || MISREAD.indexOf(w.text().charAt(0)) >= 0)) {
                out.add(bullet(w, w.x0(), w.x1(), w.y0(), w.y1()));
                continue;
            }
            if (w == first && image != null) {
                float[] blob = blobLeftOf(w, image);
                if (blob != null) {
                    out.add(bullet(w, blob[0], blob[2], blob[1], blob[3]));
                }
            }
            out.add(w);
        }
        return attachLoneBullets(out);
    }

    /**
     * Tesseract sometimes makes a bullet a line of its own, whose baseline then sits between two text
     * lines. Such a bullet joins the line that starts just right of it at its height.
     */
    private static List<OcrWord> attachLoneBullets(List<OcrWord> words) {
        Map<Integer, Integer> perLine = new TreeMap<>();
        Map<Integer, OcrWord> firsts = new TreeMap<>();
        for (OcrWord w : words) {
            perLine.merge(w.line(), 1, Integer::sum);
            if (!w.text().equals("•")) {
                firsts.merge(w.line(), w, (a, b) -> a.x0() <= b.x0() ? a : b);
            }
        }
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            if (!w.text().equals("•") || perLine.get(w.line()) != 1) {
                out.add(w);
                continue;
            }
            float middle = (w.y0() + w.y1()) / 2;
            OcrWord host = null;
            for (OcrWord f : firsts.values()) {
                boolean right = f.x0() > w.x1() && f.x0() - w.x1() < 3 * f.lineHeight();
                boolean level = middle >= f.y0() && middle <= f.y1() + 0.1f * f.lineHeight();
                if (right && level && (host == null || f.x0() < host.x0())) {
                    host = f;
                }
            }
            out.add(host == null ? w : new OcrWord("•", w.x0(), w.y0(), w.x1(), w.y1(),
                    host.baseline() - host.slope() * (host.x0() - w.x0()), host.slope(), host.lineHeight(), host.line(),
                    w.confidence()));
        }
        return out;
    }

    /** A one-character word as small as a bullet, sitting between baseline and x-height ("e", "*", "©" for "•"). */
    private static boolean isBulletSized(OcrWord w) {
        if (w.text().length() != 1 || Character.isDigit(w.text().charAt(0))) {
            return false;
        }
        float h = w.lineHeight();
        float middle = (w.y0() + w.y1()) / 2;
        return w.height() < 0.4f * h && w.width() < 0.4f * h
                && middle < w.baseline() - 0.1f * h && middle > w.baseline() - 0.55f * h;
    }

    private static OcrWord bullet(OcrWord w, float x0, float x1, float y0, float y1) {
        return new OcrWord("•", x0, y0, x1, y1, w.baseline() - w.slope() * (w.x0() - x0), w.slope(), w.lineHeight(),
                w.line(), w.confidence());
    }

    /** The box {x0, y0, x1, y1} of a bullet blob left of the word, or null. */
    static float[] blobLeftOf(OcrWord w, GrayImage image) {
        float h = w.lineHeight();
        int right = Math.round(w.x0() - 0.25f * h);
        int left = Math.round(w.x0() - 2.5f * h);
        int top = Math.round(w.baseline() - 0.8f * h);
        int bottom = Math.round(w.baseline() + 0.05f * h);
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        int ink = 0;
        // From the word leftwards: the first column with ink starts the candidate; a gap after it ends it.
        int x = right;
        boolean started = false;
        int blank = 0;
        for (; x >= left; x--) {
            int column = 0;
            for (int y = top; y <= bottom; y++) {
                if (image.at(x, y) < INK) {
                    column++;
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
            if (column > 0) {
                started = true;
                blank = 0;
                ink += column;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
            } else if (started && ++blank > 0.15f * h) {
                break;
            }
        }
        if (!started || x < left && blank == 0) {
            return null;
        }
        float bw = maxX - minX + 1;
        float bh = maxY - minY + 1;
        boolean size = bw >= 0.12f * h && bw <= 0.5f * h && bh >= 0.12f * h && bh <= 0.5f * h && bw / bh > 0.6f && bw / bh < 1.7f;
        boolean solid = ink >= 0.55f * bw * bh;
        float middle = (minY + maxY) / 2f;
        boolean midLine = middle < w.baseline() - 0.1f * h && middle > w.baseline() - 0.6f * h;
        // Nothing else at the left of the blob: a bullet starts the line.
        boolean alone = minY > top && maxY < bottom;
        return size && solid && midLine && alone ? new float[] {minX, minY, maxX + 1, maxY + 1} : null;
    }
}
