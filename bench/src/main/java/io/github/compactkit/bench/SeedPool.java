package io.github.compactkit.bench;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.corpus.CorpusDocument;
import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.GlossaryEntry;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Section;
import io.github.compactkit.model.Undertaking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The material the generator recombines, taken from the bundled compacts by parsing them: each
 * top-level section's undertakings by party, the principles, action points and glossary, and the
 * narrative paragraphs of the source texts. Built once, in corpus order: deterministic.
 */
final class SeedPool {
    /** One source section: its title and its commitments, in document order. */
    record SourceSection(String source, String area, String title, List<Undertaking> undertakings) {
    }

    private static final Pattern MARKER = Pattern.compile("^\\s*([-\u2022*o]\\s|\\(?[0-9ivx]{1,4}[.)]|[a-z]\\)|[A-Z][A-Z ]+$)");

    final List<SourceSection> sections = new ArrayList<>();
    final List<Principle> principles = new ArrayList<>();
    final List<ActionPoint> actionPoints = new ArrayList<>();
    final List<GlossaryEntry> glossary = new ArrayList<>();
    final List<String> paragraphs = new ArrayList<>();
    /** The source areas' names, replaced by the invented area's name. */
    final List<String> areas = new ArrayList<>();
    /** A word-bigram model of the undertakings: new commitments in the genre's words. */
    private final Map<String, List<String>> bigrams = new java.util.HashMap<>();
    private final List<String> starts = new ArrayList<>();

    static SeedPool fromBundledCorpus() {
        SeedPool pool = new SeedPool();
        for (CorpusDocument doc : SeedTexts.all()) {
            String text = doc.text();
            Compact c;
            try {
                c = Compacts.parse(text);
            } catch (CompactParseException e) {
                continue;
            }
            if (c.documentType() != DocumentType.COMPACT) {
                continue;
            }
            pool.add(doc.name(), c);
            pool.addParagraphs(text);
        }
        return pool;
    }

    private void add(String source, Compact c) {
        if (c.area() != null && c.area().length() > 2) {
            areas.add(c.area());
        }
        Map<String, List<Undertaking>> byTop = new LinkedHashMap<>();
        for (Undertaking u : c.undertakings()) {
            String top = u.section() == null ? "" : u.section().split("\\.")[0];
            byTop.computeIfAbsent(top, k -> new ArrayList<>()).add(u);
        }
        for (Map.Entry<String, List<Undertaking>> e : byTop.entrySet()) {
            String title = c.sections().stream().filter(s -> e.getKey().equals(s.number())).map(Section::title)
                    .filter(t -> t != null && !t.isBlank()).findFirst().orElse("Working together");
            sections.add(new SourceSection(source, c.area(), title, e.getValue()));
        }
        for (Undertaking u : c.undertakings()) {
            String[] w = u.text().split("\\s+");
            starts.add(w[0]);
            for (int i = 0; i + 1 < w.length; i++) {
                bigrams.computeIfAbsent(w[i], k -> new ArrayList<>()).add(w[i + 1]);
            }
        }
        principles.addAll(c.principles());
        actionPoints.addAll(c.actionPoints());
        glossary.addAll(c.glossary());
    }

    /** A new commitment of 8–30 words walked from the bigram model: local wording no other compact has. */
    String babble(java.util.Random rnd) {
        StringBuilder s = new StringBuilder();
        String word = starts.get(rnd.nextInt(starts.size()));
        int length = 8 + rnd.nextInt(23);
        for (int i = 0; i < length && word != null; i++) {
            s.append(i == 0 ? "" : " ").append(word);
            List<String> next = bigrams.get(word);
            word = next == null ? null : next.get(rnd.nextInt(next.size()));
        }
        return s.toString().replaceAll("[;:,]+$", "");
    }

    /** Blank-line separated blocks of 30+ words with no list marker: narrative prose. */
    private void addParagraphs(String text) {
        for (String block : text.split("\\n\\s*\\n")) {
            String[] lines = block.split("\\n");
            boolean prose = true;
            for (String line : lines) {
                if (MARKER.matcher(line).find() || line.contains("\t")) {
                    prose = false;
                    break;
                }
            }
            String joined = String.join(" ", lines).replaceAll("\\s+", " ").strip();
            if (prose && joined.split(" ").length >= 30) {
                paragraphs.add(joined);
            }
        }
    }
}
