package io.github.compactkit.hardening;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Generators of compact-shaped and hostile text: lines built from the genre's own pieces (numbered
 * headings, bullets, party lead-ins, action tables, dates, quantities, glossary rows) mixed with the
 * shapes that break parsers — very long lines, markers repeated thousands of times, numbering and
 * indentation nested hundreds deep, TOC dot leaders, arbitrary Unicode.
 */
final class HostileText {
    private static final List<String> PIECES = List.of(
            "1.", "2.3", "4.1.2", "Section Two", "PART 3", "Appendix A", "APPENDIX", "Contents", "Introduction",
            "-", "•", "*", "**", "a)", "(i)", "(iv)", "1)", "o", "", ":", ";", "|", "\t",
            "The Council will:", "The VCS will:", "Partners agree to:", "We will", "Public bodies undertake to",
            "Action | Lead | By when", "Action", "Lead", "Target date", "WCC/PCT", "Ongoing",
            "June 2006", "2013/14", "Spring 2008", "31 March 2010", "Q3 2013",
            "12 weeks", "three months'", "30 working days", "at least 8 weeks",
            "PCT – Primary Care Trust", "CVS = Council for Voluntary Service", "Glossary",
            "consult", "funding", "fund", "grants", "notice", "review", "annually", "within", "and", "the", "of",
            "“quoted”", "‘single’", "£500", "€", "—", "–", "…", "Ω", "漢字", "😀", "\u200b", "\u00a0", "\ufeff");

    private HostileText() {
    }

    /** Documents of 1–120 lines mixing genre pieces with hostile shapes. */
    static Arbitrary<String> documents() {
        return line().list().ofMinSize(1).ofMaxSize(120).map(lines -> String.join("\n", lines));
    }

    /** One line: mostly genre pieces, sometimes a hostile shape. */
    static Arbitrary<String> line() {
        return Arbitraries.frequencyOf(
                weighted(12, genreLine()),
                weighted(1, longLine()),
                weighted(1, repeatedMarkers()),
                weighted(1, deepNumbering()),
                weighted(1, deepIndent()),
                weighted(1, dotLeader()),
                weighted(1, Arbitraries.strings().all().ofMaxLength(200)));
    }

    private static Tuple2<Integer, Arbitrary<? extends String>> weighted(int weight, Arbitrary<String> a) {
        return Tuple.of(weight, a);
    }

    /** A few genre pieces joined by spaces. */
    static Arbitrary<String> genreLine() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(12).map(p -> String.join(" ", p));
    }

    /** A genre line repeated into a line of up to ~60,000 characters. */
    static Arbitrary<String> longLine() {
        return Combinators.combine(genreLine(), Arbitraries.integers().between(50, 3_000))
                .as((piece, times) -> (piece + " ").repeat(times));
    }

    /** A marker or numbering token repeated, with or without spaces: "- - - -", "1.1.1.1", "((((". */
    static Arbitrary<String> repeatedMarkers() {
        Arbitrary<String> token = Arbitraries.of("-", "•", "*", "1.", "(", ")", "a)", "(i)", ".", "…", ":", "|", "Ongoing ");
        return Combinators.combine(token, Arbitraries.of("", " ", "\t"), Arbitraries.integers().between(2, 20_000))
                .as((t, sep, times) -> (t + sep).repeat(times) + "text");
    }

    /** Section numbers nested up to 300 deep: "1.1.1.…1 Title". */
    static Arbitrary<String> deepNumbering() {
        return Arbitraries.integers().between(2, 300).map(depth -> "1.".repeat(depth) + "1 Deep heading");
    }

    /** A bullet indented by up to 2,000 spaces or tabs. */
    static Arbitrary<String> deepIndent() {
        return Combinators.combine(Arbitraries.of(" ", "\t", "  "), Arbitraries.integers().between(1, 1_000), genreLine())
                .as((unit, times, rest) -> unit.repeat(times) + "- " + rest);
    }

    /** A table-of-contents line with a long dot leader. */
    static Arbitrary<String> dotLeader() {
        return Combinators.combine(genreLine(), Arbitraries.integers().between(3, 10_000), Arbitraries.integers().between(1, 999))
                .as((title, dots, page) -> title + " " + ".".repeat(dots) + " " + page);
    }
}
