package io.github.compactkit.extract;

import io.github.compactkit.layout.Heading;
import io.github.compactkit.layout.ListItem;
import io.github.compactkit.layout.Paragraph;
import io.github.compactkit.layout.TableRow;
import io.github.compactkit.model.GlossaryEntry;
import io.github.compactkit.structure.LocatedBlock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the glossary: acronym tables ("PCT | Primary Care Trust"), "Term: definition" and "Term
 * is/means …" entries under a glossary heading; and, anywhere, acronyms introduced as "Full Name (ACR)".
 */
final class GlossaryExtractor {
    private static final Pattern COLON = Pattern.compile("^([^:]{2,70}?)\\s*:\\s+(\\S.*)$");
    private static final Pattern DASH = Pattern.compile("^([^\u2013\u2014-]{2,60}?)\\s+[\u2013\u2014-]\\s+(\\S.*)$");
    private static final Pattern IS_MEANS = Pattern.compile(
            "^(?:an?\\s+|the\\s+)?(.{2,70}?)\\s+(?:is|are|means|refers to|is defined(?: and qualified)?(?: in [^,]+?)? as)\\s+(\\S.*)$");
    private static final Pattern INTRODUCED_ACRONYM = Pattern.compile(
            "\\b((?:[A-Z][\\w'&-]*\\s+)(?:(?:and|for|of|the|&)\\s+|[A-Z][\\w'&-]*\\s+){0,7}[A-Z][\\w'-]*)\\s+\\([\"\u201C]?([A-Z]{2,6})[\"\u201D]?\\)");

    /** Glossary entries in document order, first definition of a term kept. */
    List<GlossaryEntry> extract(List<LocatedBlock> blocks) {
        Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
        Map<Heading, Context> cache = new IdentityHashMap<>();
        for (LocatedBlock located : blocks) {
            if (!CommitmentExtractor.sectionContext(located, cache).is(Context.Kind.GLOSSARY)) {
                continue;
            }
            if (located.block() instanceof TableRow row && row.cells().size() >= 2) {
                put(entries, row.cells().get(0), String.join(" ", row.cells().subList(1, row.cells().size())));
            } else if (located.block() instanceof Paragraph || located.block() instanceof ListItem) {
                definition(located.block().text(), entries);
            }
        }
        return List.copyOf(entries.values());
    }

    /** Acronyms defined anywhere in the text as "Full Name (ACR)", for expanding leads. */
    Map<String, String> acronyms(List<LocatedBlock> blocks, List<GlossaryEntry> glossary) {
        Map<String, String> acronyms = new LinkedHashMap<>();
        for (GlossaryEntry e : glossary) {
            if (e.term().matches("[A-Z]{2,6}")) {
                acronyms.putIfAbsent(e.term(), e.definition());
            }
        }
        for (LocatedBlock located : blocks) {
            String text = located.block().text();
            if (text.indexOf('(') < 0) {
                continue; // the pattern needs "(ACR)"; most blocks have no bracket
            }
            Matcher m = INTRODUCED_ACRONYM.matcher(text);
            while (m.find()) {
                String name = m.group(1).strip();
                String acronym = m.group(2);
                String spelt = spelledName(name, acronym);
                if (spelt != null) {
                    acronyms.putIfAbsent(acronym, spelt);
                }
            }
        }
        return acronyms;
    }

    /**
     * The words at the end of {@code name} whose capitals spell the acronym ("Tollbridge Council for Voluntary
     * Service" of "… Fire and Rescue Service Tollbridge Council for Voluntary Service (TCVS)", where a reader ran a
     * list into one line), or null when its capitals do not end with the acronym.
     */
    private static String spelledName(String name, String acronym) {
        String letters = acronym.replaceAll("s$", "");
        String[] words = name.split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int w = words.length - 1; w >= 0; w--) {
            if (!words[w].isEmpty() && Character.isUpperCase(words[w].charAt(0))) {
                initials.insert(0, words[w].charAt(0));
                if (initials.length() == letters.length()) {
                    return initials.toString().equals(letters) ? String.join(" ", Arrays.copyOfRange(words, w, words.length)) : null;
                }
            }
        }
        return null;
    }

    private static void definition(String text, Map<String, GlossaryEntry> entries) {
        for (Pattern p : List.of(COLON, DASH, IS_MEANS)) {
            Matcher m = p.matcher(text);
            if (m.matches() && m.group(1).split("\\s+").length <= 8) {
                put(entries, m.group(1), m.group(2));
                return;
            }
        }
    }

    private static void put(Map<String, GlossaryEntry> entries, String term, String definition) {
        String t = term.strip();
        String d = definition.strip();
        if (!t.isEmpty() && !d.isEmpty()) {
            entries.putIfAbsent(t.toLowerCase(java.util.Locale.ROOT), new GlossaryEntry(t, d));
        }
    }
}
