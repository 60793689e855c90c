package io.github.compactkit.extract;

import io.github.compactkit.layout.Heading;
import io.github.compactkit.layout.ListItem;
import io.github.compactkit.layout.Paragraph;
import io.github.compactkit.layout.TableRow;
import io.github.compactkit.model.GlossaryEntry;
import io.github.compactkit.structure.LocatedBlock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
                if (initialsMatch(name, acronym)) {
                    acronyms.putIfAbsent(acronym, name);
                }
            }
        }
        return acronyms;
    }

    private static boolean initialsMatch(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().endsWith(acronym.replaceAll("s$", ""));
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
