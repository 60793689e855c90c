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
 * The nesting level of each bulleted paragraph of a DOCX (or DOC) body, in order. Tika writes Word list
 * paragraphs as text behind a bullet glyph with no level, so the level is read from the paragraph's
 * numbering properties (ilvl) with POI.
 */
final class DocxListLevels {
    private DocxListLevels() {
    }

    /** The same for a legacy Word (.doc) file, read with POI's HWPF. */
    static Optional<List<Integer>> ofDoc(byte[] bytes) {
        try (org.apache.poi.hwpf.HWPFDocument document = new org.apache.poi.hwpf.HWPFDocument(new ByteArrayInputStream(bytes))) {
            org.apache.poi.hwpf.usermodel.Range range = document.getRange();
            List<Integer> levels = new ArrayList<>();
            for (int i = 0; i < range.numParagraphs(); i++) {
                org.apache.poi.hwpf.usermodel.Paragraph paragraph = range.getParagraph(i);
                if (!paragraph.isInList() || paragraph.isInTable() || paragraph.text().isBlank()) {
                    continue;
                }
                int level = paragraph.getIlvl();
                // Number format 23 is a bullet; numbered items keep their numbers as text.
                if (paragraph.getList() != null && paragraph.getList().getNumberFormat((char) level) == BULLET_FORMAT) {
                    levels.add(level);
                }
            }
            return Optional.of(levels);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final int BULLET_FORMAT = 23;

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
