package io.github.compactkit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The nesting level of each bulleted paragraph of a DOCX body, in order. Tika writes Word list
 * paragraphs as text behind a bullet glyph with no level, so the level is read from the paragraph's
 * numbering properties (ilvl) with POI.
 */
final class DocxListLevels {
    private DocxListLevels() {
    }

    /** Levels of the body's bullet paragraphs (tables excluded), or empty if the file cannot be read. */
    static Optional<List<Integer>> of(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Integer> levels = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph && paragraph.getNumID() != null
                        && "bullet".equals(paragraph.getNumFmt()) && !paragraph.getText().isBlank()) {
                    BigInteger level = paragraph.getNumIlvl();
                    levels.add(level == null ? 0 : level.intValue());
                }
            }
            return Optional.of(levels);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
