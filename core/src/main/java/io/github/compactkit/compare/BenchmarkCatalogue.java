package io.github.compactkit.compare;

import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Passage;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Section;
import io.github.compactkit.model.Undertaking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The commitments national guidance expects a local compact to make (12 weeks' consultation, three
 * months' notice of funding changes, multi-year funding, full cost recovery, independence and the
 * right to campaign, a dispute resolution route, a named compact contact, a review date, a response
 * time for correspondence), and their detection in a compact as PRESENT, STRONGER, WEAKER or
 * ABSENT with quoted evidence. The catalogue and its rules are the resource
 * {@code io/github/compactkit/compare/benchmarks.json}, documented in {@code docs/benchmarks.md}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * BenchmarkCoverage coverage = BenchmarkCatalogue.defaults().detect(compact);
 * coverage.result("consultation-period").status();   // PRESENT
 * }</pre>
 */
public final class BenchmarkCatalogue {
    private static final BenchmarkCatalogue DEFAULTS = new BenchmarkCatalogue(BenchmarkRules.load());
    private static final int QUOTE_MAX = 400;

    private final BenchmarkRules rules;

    private BenchmarkCatalogue(BenchmarkRules rules) {
        this.rules = rules;
    }

    /** The bundled catalogue. */
    public static BenchmarkCatalogue defaults() {
        return DEFAULTS;
    }

    /** The benchmarks, in catalogue order. */
    public List<Benchmark> benchmarks() {
        return rules.rules().stream().map(BenchmarkRules.Rule::benchmark).toList();
    }

    /**
     * Detects each benchmark from the model alone: its commitments, its passages (the running text
     * no item holds) and its section titles. The model holds the same of a compact whatever its
     * format, so the result does not depend on it.
     */
    public BenchmarkCoverage detect(Compact compact) {
        return detect(compact, null);
    }

    /**
     * Detects each benchmark from the model and, when given, extra text read line by line (each line
     * a paragraph). The model's passages already hold the narrative; this is for models built
     * without them (by hand, or read from JSON written before they were added).
     */
    public BenchmarkCoverage detect(Compact compact, String sourceText) {
        return detect(compact, sourceText, null);
    }

    /**
     * As {@link #detect(Compact, String)}, remembering in {@code verdicts} (when not null) what the
     * rules found in each text: a corpus repeats many texts word for word, and the patterns are the
     * cost. Thread-safe with a concurrent map.
     */
    BenchmarkCoverage detect(Compact compact, String sourceText, Map<String, Verdict[]> verdicts) {
        List<Evidence> texts = evidence(compact, sourceText);
        List<BenchmarkResult> results = new ArrayList<>();
        List<BenchmarkRules.Rule> all = rules.rules();
        Verdict[][] byText = new Verdict[texts.size()][];
        for (int k = 0; k < texts.size(); k++) {
            Evidence e = texts.get(k);
            if (!e.source().equals("SECTION_TITLE")) {
                byText[k] = verdicts == null ? unknown(all.size()) : verdicts.computeIfAbsent(e.text(), t -> unknown(all.size()));
            }
        }
        for (int r = 0; r < all.size(); r++) {
            results.add(detect(all.get(r), r, texts, byText));
        }
        return new BenchmarkCoverage(CompactRef.of(compact).label(), results);
    }

    /** What a rule finds in a text, whoever made it: nothing, or a status and value. */
    record Verdict(BenchmarkStatus status, String value) {
    }

    // Not yet worked out for this text. Filled in lazily (threads may race to the same immutable answer).
    private static final Verdict UNKNOWN = new Verdict(null, null);
    private static final Verdict NOTHING = new Verdict(null, null);

    private static Verdict[] unknown(int rules) {
        Verdict[] out = new Verdict[rules];
        Arrays.fill(out, UNKNOWN);
        return out;
    }

    private BenchmarkResult detect(BenchmarkRules.Rule rule, int r, List<Evidence> texts, Verdict[][] byText) {
        Candidate best = null;
        for (int k = 0; k < texts.size(); k++) {
            Evidence e = texts.get(k);
            Candidate c = byText[k] == null ? fromTitle(rule, e) : fromText(rule, r, e, byText[k]);
            if (c != null && (best == null || c.rank() > best.rank())) {
                best = c; // texts come in priority order (undertakings first): earlier wins ties
            }
        }
        if (best == null) {
            return new BenchmarkResult(rule.benchmark().id(), BenchmarkStatus.ABSENT, null, null, null, null);
        }
        return new BenchmarkResult(rule.benchmark().id(), best.status(), best.value(), quote(best.evidence().text()),
                best.evidence().section(), best.evidence().source());
    }

    private Candidate fromText(BenchmarkRules.Rule rule, int r, Evidence e, Verdict[] verdicts) {
        if (e.party() != null && !rule.parties().contains(e.party())) {
            return null;
        }
        Verdict verdict = verdicts[r];
        if (verdict == UNKNOWN) {
            verdict = verdict(rule, e.text());
            verdicts[r] = verdict;
        }
        return verdict == NOTHING ? null : new Candidate(verdict.status(), verdict.value(), e);
    }

    private Verdict verdict(BenchmarkRules.Rule rule, String text) {
        if (!any(rule.evidence(), text) || !all(rule.requires(), text) || any(rules.exclude(), text)) {
            return NOTHING;
        }
        if (rule.expectedValue() != null || rule.anyPeriod()) {
            QuantityFinder.Period longest = null;
            for (QuantityFinder.Period p : QuantityFinder.find(text)) {
                if (longest == null || p.days() > longest.days()) {
                    longest = p;
                }
            }
            if (longest == null) {
                return new Verdict(BenchmarkStatus.WEAKER, null);
            }
            if (rule.anyPeriod()) {
                return new Verdict(BenchmarkStatus.PRESENT, longest.phrase());
            }
            int expected = new QuantityFinder.Period(rule.expectedValue(), rule.expectedUnit()).days();
            // 13 weeks is three months: compare in days with a tenth's tolerance.
            BenchmarkStatus status = longest.days() > expected * 1.1 ? BenchmarkStatus.STRONGER
                    : longest.days() < expected * 0.9 ? BenchmarkStatus.WEAKER : BenchmarkStatus.PRESENT;
            return new Verdict(status, longest.phrase());
        }
        BenchmarkStatus status = any(rule.present(), text) ? BenchmarkStatus.PRESENT : BenchmarkStatus.WEAKER;
        return new Verdict(status, null);
    }

    private static Candidate fromTitle(BenchmarkRules.Rule rule, Evidence e) {
        for (BenchmarkRules.TitleRule t : rule.titles()) {
            if (t.pattern().matcher(e.text()).find()) {
                return new Candidate(t.status(), null, e);
            }
        }
        return null;
    }

    /** Everything that can be evidence, in priority order: undertakings, principles, actions, text, titles. */
    private static List<Evidence> evidence(Compact compact, String sourceText) {
        List<Evidence> out = new ArrayList<>();
        for (Undertaking u : compact.undertakings()) {
            out.add(new Evidence(u.text(), u.section(), "UNDERTAKING", u.party()));
        }
        for (Principle p : compact.principles()) {
            out.add(new Evidence(p.name() == null ? p.text() : p.name() + " - " + p.text(), p.section(), "PRINCIPLE", null));
        }
        for (ActionPoint a : compact.actionPoints()) {
            out.add(new Evidence(a.text(), a.section(), "ACTION_POINT", null));
        }
        for (Passage p : compact.passages()) {
            out.add(new Evidence(p.text(), p.section(), "TEXT", null));
        }
        for (TextParagraphs.Paragraph p : TextParagraphs.of(sourceText)) {
            out.add(new Evidence(p.text(), p.section(), "TEXT", null));
        }
        titles(compact.sections(), out);
        return out;
    }

    private static void titles(List<Section> sections, List<Evidence> out) {
        for (Section s : sections) {
            if (s.title() != null) {
                out.add(new Evidence(s.title(), s.number(), "SECTION_TITLE", null));
            }
            titles(s.children(), out);
        }
    }

    private static boolean any(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean all(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (!p.matcher(text).find()) {
                return false;
            }
        }
        return true;
    }

    private static String quote(String text) {
        if (text.length() <= QUOTE_MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', QUOTE_MAX);
        return text.substring(0, cut > 0 ? cut : QUOTE_MAX) + " …";
    }

    private record Evidence(String text, String section, String source, Party party) {
    }

    private record Candidate(BenchmarkStatus status, String value, Evidence evidence) {
        int rank() {
            return switch (status) {
                case STRONGER -> 3;
                case PRESENT -> 2;
                case WEAKER -> 1;
                case ABSENT -> 0;
            };
        }
    }
}
