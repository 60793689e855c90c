package io.github.compactkit.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs of a compact's source text with the section number they sit under, for evidence the
 * model does not hold (narrative paragraphs on review or disputes). A light reading: each non-blank
 * line is a paragraph; a line starting with a section number ("7.2 Disputes", "- 5.4.2 The …", or
 * a number alone on its line) sets the section; glossary and definition sections are skipped.
 */
final class TextParagraphs {
    private static final Pattern NUMBERED = Pattern.compile("^(?:[-•·*]\\s*)?(\\d+(?:\\.\\d+)*)[.)]?(?:\\s+(.*))?$");
    private static final Pattern GLOSSARY = Pattern.compile("(?i)^(glossary|definitions)\\b.*");
    private static final int HEADING_MAX = 80;

    private TextParagraphs() {
    }

    /** A paragraph and the section it belongs to (null before the first numbered heading). */
    record Paragraph(String text, String section) {
    }

    static List<Paragraph> of(String text) {
        List<Paragraph> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String section = null;
        boolean glossary = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip().replace("**", "");
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = NUMBERED.matcher(line);
            if (m.matches() && isSectionNumber(m.group(1), m.group(2))) {
                section = m.group(1);
                String rest = m.group(2) == null ? "" : m.group(2).strip();
                glossary = GLOSSARY.matcher(rest).matches();
                if (rest.isEmpty() || isHeading(rest)) {
                    continue;
                }
                line = rest;
            } else if (isHeading(line)) {
                // An unnumbered heading ("Glossary", "Appendix B") opens or closes a skipped part.
                glossary = GLOSSARY.matcher(line).matches();
                continue;
            }
            if (!glossary) {
                out.add(new Paragraph(line.replaceFirst("^[-•·*]\\s*", ""), section));
            }
        }
        return out;
    }

    /**
     * "2.4", or a small top-level number before a capitalised heading ("7 Compact Review"): not
     * "12 weeks is the minimum" nor "84 Voluntary organisations" nor a year.
     */
    private static boolean isSectionNumber(String number, String rest) {
        if (number.length() > 8) {
            return false;
        }
        if (number.contains(".")) {
            return true;
        }
        int value = Integer.parseInt(number);
        return value <= 30 && (rest == null || rest.isBlank() || Character.isUpperCase(rest.strip().charAt(0)));
    }

    private static boolean isHeading(String line) {
        return line.length() <= HEADING_MAX && !line.matches(".*[.;:,]$") && Character.isUpperCase(line.charAt(0))
                && line.split("\\s+").length <= 8;
    }
}
