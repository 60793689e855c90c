package io.github.compactkit.compare;

import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Section;
import io.github.compactkit.model.Undertaking;
import java.util.ArrayList;
import java.util.List;
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
 * BenchmarkCoverage coverage = BenchmarkCatalogue.defaults().detect(compact, Files.readString(file));
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

    /** Detects each benchmark from the model alone: its commitments and section titles. */
    public BenchmarkCoverage detect(Compact compact) {
        return detect(compact, null);
    }

    /**
     * Detects each benchmark from the model and, when given, the compact's source text: narrative
     * paragraphs often hold the review date or the dispute route that no list item states.
     */
    public BenchmarkCoverage detect(Compact compact, String sourceText) {
        List<Evidence> texts = evidence(compact, sourceText);
        List<BenchmarkResult> results = new ArrayList<>();
        for (BenchmarkRules.Rule rule : rules.rules()) {
            results.add(detect(rule, texts));
        }
        return new BenchmarkCoverage(CompactRef.of(compact).label(), results);
    }

    private BenchmarkResult detect(BenchmarkRules.Rule rule, List<Evidence> texts) {
        Candidate best = null;
        for (Evidence e : texts) {
            Candidate c = e.source().equals("SECTION_TITLE") ? fromTitle(rule, e) : fromText(rule, e);
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

    private Candidate fromText(BenchmarkRules.Rule rule, Evidence e) {
        if (e.party() != null && !rule.parties().contains(e.party())) {
            return null;
        }
        if (!any(rule.evidence(), e.text()) || !all(rule.requires(), e.text()) || any(rules.exclude(), e.text())) {
            return null;
        }
        if (rule.expectedValue() != null || rule.anyPeriod()) {
            QuantityFinder.Period longest = null;
            for (QuantityFinder.Period p : QuantityFinder.find(e.text())) {
                if (longest == null || p.days() > longest.days()) {
                    longest = p;
                }
            }
            if (longest == null) {
                return new Candidate(BenchmarkStatus.WEAKER, null, e);
            }
            if (rule.anyPeriod()) {
                return new Candidate(BenchmarkStatus.PRESENT, longest.phrase(), e);
            }
            int expected = new QuantityFinder.Period(rule.expectedValue(), rule.expectedUnit()).days();
            // 13 weeks is three months: compare in days with a tenth's tolerance.
            BenchmarkStatus status = longest.days() > expected * 1.1 ? BenchmarkStatus.STRONGER
                    : longest.days() < expected * 0.9 ? BenchmarkStatus.WEAKER : BenchmarkStatus.PRESENT;
            return new Candidate(status, longest.phrase(), e);
        }
        BenchmarkStatus status = any(rule.present(), e.text()) ? BenchmarkStatus.PRESENT : BenchmarkStatus.WEAKER;
        return new Candidate(status, null, e);
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
