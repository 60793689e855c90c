package io.github.compactkit.ingest;

import io.github.compactkit.limits.ParseDeadline;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of each page through PDFBox's text callbacks and groups them into visual
 * lines and chunks. Only geometry is decided here; reading order and meaning come later.
 */
final class PdfPageCollector extends PDFTextStripper {
    private final List<PdfPage> pages = new ArrayList<>();
    private final Map<PDFont, boolean[]> fontFlags = new IdentityHashMap<>();
    private List<PdfGlyph> glyphs = new ArrayList<>();

    private final PdfShapes shapes = new PdfShapes(this);

    PdfPageCollector() {
        // Our own grouping needs every glyph; PDFBox's sorting and article handling are not used.
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
        shapes.operators().forEach(this::addOperator);
    }

    List<PdfPage> pages() {
        return pages;
    }

    /** Each operator of a page's content stream is a step: a page of millions of them is stopped too. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        ParseDeadline.check();
        super.processOperator(operator, operands);
    }

    @Override
    protected void startPage(PDPage page) {
        ParseDeadline.check();
        glyphs = new ArrayList<>();
        shapes.clear();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        float size = text.getFontSizeInPt();
        if (size <= 0.5f) {
            size = Math.max(text.getHeightDir(), 1f);
        }
        boolean[] flags = fontFlags.computeIfAbsent(text.getFont(), PdfPageCollector::flags);
        PdfGlyph glyph = new PdfGlyph(clean(unicode), text.getXDirAdj(), text.getYDirAdj(),
                text.getWidthDirAdj(), text.getHeightDir(), size, flags[0], flags[1]);
        if (glyph.text().isEmpty() || isOverprint(glyph)) {
            return;
        }
        glyphs.add(glyph);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        List<PdfArea> areas = new ArrayList<>();
        List<PdfArea> verticals = new ArrayList<>();
        if (page.getRotation() == 0) {
            for (PdfShapes.Shape s : shapes.verticals()) {
                verticals.add(new PdfArea(s.x0() - box.getLowerLeftX(), box.getUpperRightY() - s.y1(),
                        s.x1() - box.getLowerLeftX(), box.getUpperRightY() - s.y0()));
            }
            glyphs.addAll(PdfDrawnBullets.glyphs(shapes.shapes(), glyphs, box));
            for (PdfShapes.Shape s : shapes.areas()) {
                // Page space to the glyphs' top-left space.
                areas.add(new PdfArea(s.x0() - box.getLowerLeftX(), box.getUpperRightY() - s.y1(),
                        s.x1() - box.getLowerLeftX(), box.getUpperRightY() - s.y0()));
            }
        }
        pages.add(new PdfPage(getCurrentPageNo(), width, height, PdfLineBuilder.lines(glyphs, verticals), areas));
        glyphs = new ArrayList<>();
    }

    /** Fake bold (the same glyph printed twice, slightly shifted) must not double the text. */
    private boolean isOverprint(PdfGlyph glyph) {
        int n = glyphs.size();
        for (int i = n - 1; i >= Math.max(0, n - 3); i--) {
            PdfGlyph other = glyphs.get(i);
            if (other.text().equals(glyph.text()) && Math.abs(other.x() - glyph.x()) < glyph.width() * 0.3f
                    && Math.abs(other.baseline() - glyph.baseline()) < 1f && !glyph.isSpace()) {
                return true;
            }
        }
        return false;
    }

    private static String clean(String unicode) {
        StringBuilder out = new StringBuilder(unicode.length());
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c == '\u00A0' || c == '\t') {
                out.append(' ');
            } else if (c >= '\uFB00' && c <= '\uFB06') {
                // Typographic ligatures (Chromium and InDesign keep "ﬀ", "ﬁ" as one glyph): the letters.
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (c >= ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** [bold, symbol] for a font, from its name and descriptor. */
    private static boolean[] flags(PDFont font) {
        if (font == null) {
            return new boolean[] {false, false};
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor descriptor = font.getFontDescriptor();
        boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy")
                || name.contains("semibold") || name.contains("demi")
                || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        boolean symbol = name.contains("symbol") || name.contains("wingding") || name.contains("dingbat")
                || descriptor != null && descriptor.isSymbolic() && !descriptor.isNonSymbolic()
                && (name.contains("sym") || name.contains("wing"));
        return new boolean[] {bold, symbol};
    }
}
