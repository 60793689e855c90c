package io.github.compactkit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of bodies listed in running text: "The Compact has been signed by A, B, the C and D.",
 * "The statutory partners to this Compact are A and B", "An agreement between A, B and the
 * voluntary and community sector". Only names of bodies are kept (a council, an NHS body, the
 * police, a CVS …): "its statutory partners" or "the voluntary and community sector" name nobody.
 */
final class PartnerNames {
    /** What introduces the names; they follow up to the end of the sentence. */
    static final Pattern INTRODUCED = Pattern.compile(
            "(?i)\\b(?:(?:partners|signatories|parties)\\b[^.:;]{0,40}?\\b(?:are|is|include|comprise)"
                    + "|(?:has|have) been (?:signed|agreed|adopted|endorsed) by|(?:is|are) signed by|signed on behalf of"
                    + "|is represented by|are represented by|(?:agreement|compact|charter) between|applies to)\\s*:?\\s+");
    /** A name of a body ends with, or holds, one of these words. */
    private static final Pattern BODY = Pattern.compile(
            "\\b(Council|Councils|NHS|Police|Constabulary|Commissioner|Trust|CVS|VCS|Group|Board|Service|Services|Action"
                    + "|Authority|Partnership|Office|Fire|Probation|Association|Federation|Forum|Network|Together|Agency|Borough"
                    + "|[Ss]ector)\\b");
    /** Where one name ends and the next begins in names run together on one line ("… District Council Midshire County …"). */
    private static final Pattern NAME_BOUNDARY = Pattern.compile(
            "(?<=\\b(?:Council|Group|Trust|Service|Services|CVS|Police|Constabulary|Commissioner|Board|Partnership|Network|Forum)"
                    + "|\\))\\s+(?=[A-Z])");
    /** " and " inside a body's own name, not between two names. */
    private static final Pattern AND_INSIDE_NAME = Pattern.compile(
            "(?i)\\b(police and crime|fire and rescue|health and (?:care|social care|wellbeing)|care and|voluntary and community"
                    // "Brackenford and Vale Clinical Commissioning Group", "Tonbridge & Malling Borough Council"
                    + "|\\b(?!(?:councils?|trust|police|group|board|cvs|services?|commissioner|office|constabulary|action)\\b)[a-z]+"
                    + " (?:and|&) [a-z]+ (?:ccg|clinical|cvs|district|borough|city|county|council))");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(?:the|and|both|also)\\s+");
    private static final int NAME_WORDS_MAX = 12;

    private PartnerNames() {
    }

    /** The body names a sentence introduces, in order; empty when it introduces none. */
    static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = INTRODUCED.matcher(text);
        while (m.find()) {
            int end = text.charAt(m.end() - 1) == ':' || text.substring(m.start(), m.end()).contains(":")
                    ? text.length() : sentenceEnd(text, m.end());
            for (String part : split(text.substring(m.end(), end))) {
                String name = clean(part);
                // "Signed on behalf of: A B C" — names run together after the lead-in
                for (String one : name.split("\\s+").length > NAME_WORDS_MAX ? runTogether(name) : List.of(name)) {
                    if (isBody(one) && !out.contains(one)) {
                        out.add(one);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Names run together, as when a list of signatories is read as one paragraph: "Hollinsbury District
     * Council Midshire County Council NHS …" splits after each name's last word.
     */
    static List<String> runTogether(String text) {
        List<String> out = new ArrayList<>();
        for (String part : NAME_BOUNDARY.split(text)) {
            String name = clean(part);
            if (isBody(name) && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Whether a phrase names a body: capitalised, short, with a body word. */
    static boolean isBody(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.split("\\s+").length <= NAME_WORDS_MAX
                && BODY.matcher(name).find();
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            // A full stop ends the sentence unless it is an initial or abbreviation ("St. Mary's").
            if ((c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !(i >= 2 && Character.isUpperCase(text.charAt(i - 1)) && text.charAt(i - 2) == ' ')) || c == ':') {
                return i;
            }
        }
        return text.length();
    }

    /** Splits a list at commas, semicolons and the " and " between two names. */
    private static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        for (String piece : list.split("\\s*[,;]\\s*")) {
            String protectedPiece = protect(piece);
            for (String p : protectedPiece.split("\\s+(?:and|&)\\s+(?=the\\s|[A-Z])")) {
                parts.add(p.replace('\u0001', ' '));
            }
        }
        return parts;
    }

    /** Marks the spaces of " and " inside a name so that it is not split there. */
    private static String protect(String piece) {
        Matcher m = AND_INSIDE_NAME.matcher(piece);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group().replace(' ', '\u0001')));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A name without a trailing note in brackets: "(CCG)", "(the Council for Voluntary Service for the district)". */
    static String withoutNote(String name) {
        return name.replaceAll("\\s*\\([^()]*\\)$", "").strip();
    }

    private static String clean(String part) {
        String s = part.strip().replaceAll("^[-•*\\s]+|[\\s.;,]+$", "");
        s = s.replaceFirst("^(?i:public|statutory|voluntary|community|voluntary, community and social enterprise|vcse?)\\s+sector\\s+(?=[A-Z])", "");
        s = withoutNote(s);
        String before;
        do {
            before = s;
            s = LEADING_ARTICLE.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return s.toLowerCase(Locale.ROOT).startsWith("its ") ? "" : s.strip();
    }
}
