package io.github.compactkit.ingest;

/** Recognises list bullet glyphs, including symbol-font and private-use bullets. */
final class PdfBullets {
    private static final String BULLETS = "•·▪▫◦‣⁃●○■□◆◇►▸▹➢➤➣✓✔✗❖☐☑☒-–—*>§";

    private PdfBullets() {
    }

    /** True when the whole text is one bullet glyph (possibly "o" used as a bullet). */
    static boolean isBullet(String text) {
        String t = text.strip();
        if (t.length() != 1) {
            return false;
        }
        char c = t.charAt(0);
        return BULLETS.indexOf(c) >= 0 || c == 'o' || isPrivateUse(c);
    }

    /** Symbol and Wingdings fonts map their glyphs to the private-use area (U+F0B7 and friends). */
    static boolean isPrivateUse(char c) {
        return c >= '\uE000' && c <= '\uF8FF';
    }
}
