package io.github.compactkit.bench;

import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Undertaking;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic generator of compacts for the scale runs. Document {@code i} of seed {@code s}
 * is always the same: sections of the bundled compacts recombined (a random choice of source
 * sections, in a new order, renumbered) and lightly reworded — the source area's name becomes the
 * invented area's, items are reordered, some dropped, some duplicated, some words swapped for
 * synonyms, lead-ins varied — while about a third of the undertakings are new sentences from a
 * word-bigram model of the seeds' undertakings (local commitments, in the genre's words), and each
 * section opens with two to four paragraphs of the seeds' prose. Each document gets principles, prose, an action plan table and a
 * glossary, and is grown to about {@value #TARGET_CHARS} characters (about 20 PDF pages).
 */
final class SyntheticCorpus {
    static final int TARGET_CHARS = 56_000;
    /** Share of undertakings that are new sentences rather than reworded copies: local commitments. */
    static final double NOVEL = 0.35;

    private static final String[] PREFIXES = {"Ash", "Brook", "Cald", "Dun", "Elm", "Fair", "Glen", "Hart", "Kings", "Lang",
        "Mill", "Nor", "Oak", "Pen", "Rother", "Stan", "Thorn", "Wey", "Bex", "Cran"};
    private static final String[] SUFFIXES = {"ford", "ham", "ley", "wick", "bury", "field", "mouth", "dale", "borough",
        "minster", "stead", "ton"};
    private static final String[] QUARTERS = {"", " Vale", " North", " South", " East", " West"};
    private static final String[][] SYNONYMS = {
        {"organisations", "groups"}, {"appropriate", "suitable"}, {"provide", "give"}, {"information", "details"},
        {"ensure", "make sure"}, {"develop", "build"}, {"opportunities", "chances"}, {"promote", "encourage"},
        {"support", "help"}, {"relevant", "related"}, {"local", "area"}, {"clear", "plain"}, {"regularly", "routinely"},
    };
    private static final Map<Party, String[]> LEAD_INS = Map.of(
            Party.STATUTORY, new String[] {"The Council will:", "Statutory partners will:", "Public bodies will:",
                "The public sector partners undertake to:"},
            Party.VCS, new String[] {"The voluntary and community sector will:", "VCS organisations will:",
                "The VCS undertakes to:"},
            Party.JOINT, new String[] {"Together we will:", "All partners will:", "Both sectors will:"});

    private final SeedPool pool;
    private final long seed;
    private final List<Pattern> sourceAreas;

    SyntheticCorpus(SeedPool pool, long seed) {
        this.pool = pool;
        this.seed = seed;
        this.sourceAreas = pool.areas.stream().distinct()
                .map(a -> Pattern.compile("\\b" + Pattern.quote(a) + "\\b")).toList();
    }

    /** The invented, unique name of area {@code i} (1,440 names before they repeat). */
    static String areaName(int i) {
        int p = i % PREFIXES.length;
        int s = (i / PREFIXES.length) % SUFFIXES.length;
        int q = (i / (PREFIXES.length * SUFFIXES.length)) % QUARTERS.length;
        return PREFIXES[p] + SUFFIXES[s] + QUARTERS[q];
    }

    /** Document {@code i}: a pure function of the pool, the seed and {@code i}. */
    SyntheticCompact generate(int i) {
        Random rnd = new Random(seed * 1_000_003L + i);
        String area = areaName(i);
        List<DocLine> lines = new ArrayList<>();
        lines.add(DocLine.of(DocLine.Kind.TITLE, "The " + area + " Compact"));
        lines.add(DocLine.of(DocLine.Kind.PARAGRAPH, "An agreement between the public bodies and the voluntary and community sector of " + area));
        lines.add(DocLine.of(DocLine.Kind.PARAGRAPH, (rnd.nextBoolean() ? "Draft " : "") + month(rnd) + " " + (2006 + rnd.nextInt(10))));
        lines.add(DocLine.blank());

        int number = 1;
        number = principles(lines, number, rnd, area);
        int chars = size(lines);
        List<SeedPool.SourceSection> order = new ArrayList<>(pool.sections);
        Collections.shuffle(order, rnd);
        int next = 0;
        while (chars < TARGET_CHARS - 6_000) {
            if (next == order.size()) {
                Collections.shuffle(order, rnd); // every source section used: reuse them, reworded afresh
                next = 0;
            }
            SeedPool.SourceSection s = order.get(next++);
            section(lines, number++, s, rnd, area);
            chars = size(lines);
        }
        number = actionPlan(lines, number, rnd, area);
        glossary(lines, number, rnd);
        return new SyntheticCompact(String.format(Locale.ROOT, "synthetic-%04d", i), area, lines);
    }

    private int principles(List<DocLine> lines, int number, Random rnd, String area) {
        lines.add(DocLine.of(DocLine.Kind.HEADING, number + ". Shared principles"));
        lines.add(DocLine.of(DocLine.Kind.PARAGRAPH, reword(prose(rnd), rnd, area)));
        lines.add(DocLine.of(DocLine.Kind.LEAD_IN, "The partners share these principles:"));
        List<Principle> ps = sample(pool.principles, 4 + rnd.nextInt(5), rnd);
        for (Principle p : ps) {
            String text = reword(p.text(), rnd, area);
            lines.add(DocLine.bullet(p.name() == null ? text : p.name() + ": " + text, 1));
        }
        lines.add(DocLine.blank());
        return number + 1;
    }

    private void section(List<DocLine> lines, int number, SeedPool.SourceSection s, Random rnd, String area) {
        lines.add(DocLine.of(DocLine.Kind.HEADING, number + ". " + s.title()));
        for (int k = 0, n = 2 + rnd.nextInt(3); k < n; k++) {
            lines.add(DocLine.of(DocLine.Kind.PARAGRAPH, reword(prose(rnd), rnd, area)));
        }
        for (Party party : Party.values()) {
            List<Undertaking> items = new ArrayList<>(s.undertakings().stream().filter(u -> u.party() == party).toList());
            if (items.isEmpty()) {
                continue;
            }
            Collections.shuffle(items, rnd);
            List<Undertaking> kept = new ArrayList<>();
            for (Undertaking u : items) {
                if (rnd.nextDouble() >= 0.1) {
                    kept.add(u); // about one in ten dropped
                }
                if (rnd.nextDouble() < 0.05) {
                    kept.add(u); // about one in twenty duplicated
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            String[] leadIns = LEAD_INS.get(party);
            lines.add(DocLine.of(DocLine.Kind.LEAD_IN, leadIns[rnd.nextInt(leadIns.length)]));
            for (Undertaking u : kept) {
                if (rnd.nextDouble() < NOVEL) {
                    lines.add(DocLine.bullet(reword(pool.babble(rnd), rnd, area), 1));
                } else {
                    bullet(lines, u, rnd, area);
                }
            }
        }
        lines.add(DocLine.blank());
    }

    /** An undertaking as a bullet; its sub-items, when the text shows them, as nested bullets. */
    private void bullet(List<DocLine> lines, Undertaking u, Random rnd, String area) {
        String text = u.text();
        int at = u.subItems().isEmpty() ? -1 : text.indexOf(u.subItems().get(0));
        if (at <= 0) {
            lines.add(DocLine.bullet(reword(text, rnd, area), 1));
            return;
        }
        lines.add(DocLine.bullet(reword(text.substring(0, at).strip(), rnd, area), 1));
        for (String sub : u.subItems()) {
            lines.add(DocLine.bullet(reword(sub, rnd, area), 2));
        }
    }

    private int actionPlan(List<DocLine> lines, int number, Random rnd, String area) {
        if (pool.actionPoints.isEmpty()) {
            return number;
        }
        lines.add(DocLine.of(DocLine.Kind.HEADING, number + ". Action plan"));
        lines.add(DocLine.row(List.of("Action", "Lead", "By when")));
        for (ActionPoint a : sample(pool.actionPoints, 6 + rnd.nextInt(8), rnd)) {
            String lead = a.lead() == null ? "Compact Group" : a.lead();
            String target = a.target() == null ? month(rnd) + " " + (2008 + rnd.nextInt(8)) : a.target();
            lines.add(DocLine.row(List.of(reword(a.text(), rnd, area), lead, target)));
        }
        lines.add(DocLine.blank());
        return number + 1;
    }

    private void glossary(List<DocLine> lines, int number, Random rnd) {
        if (pool.glossary.isEmpty()) {
            return;
        }
        lines.add(DocLine.of(DocLine.Kind.HEADING, number + ". Glossary"));
        pool.glossary.stream().distinct().filter(g -> rnd.nextDouble() < 0.6)
                .forEach(g -> lines.add(DocLine.of(DocLine.Kind.PARAGRAPH, g.term() + " \u2013 " + g.definition())));
    }

    private String prose(Random rnd) {
        return pool.paragraphs.get(rnd.nextInt(pool.paragraphs.size()));
    }

    /** Light rewording: the invented area's name for the source's, and some synonyms swapped. */
    String reword(String text, Random rnd, String area) {
        String s = text;
        for (Pattern p : sourceAreas) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                s = m.replaceAll(Matcher.quoteReplacement(area));
            }
        }
        for (String[] pair : SYNONYMS) {
            if (rnd.nextDouble() < 0.3 && s.contains(pair[0])) {
                s = s.replace(pair[0], pair[1]);
            }
        }
        return s;
    }

    private static String month(Random rnd) {
        return new String[] {"January", "March", "April", "June", "July", "September", "October", "December"}[rnd.nextInt(8)];
    }

    private static <T> List<T> sample(List<T> from, int n, Random rnd) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, rnd);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static int size(List<DocLine> lines) {
        int n = 0;
        for (DocLine l : lines) {
            n += l.text().length() + 1;
        }
        return n;
    }
}
