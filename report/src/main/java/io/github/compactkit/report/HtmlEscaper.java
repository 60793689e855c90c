package io.github.compactkit.report;

/**
 * Escapes text for HTML element content and quoted attribute values. Every piece of document text
 * goes through here: a compact containing {@code <script>} must show as text, never run.
 */
public final class HtmlEscaper {
    private HtmlEscaper() {
    }

    /** {@code s} with {@code & < > " '} replaced by entities; null becomes "". */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null && (c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
                rep = " "; // control characters are not allowed in HTML text
            }
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
