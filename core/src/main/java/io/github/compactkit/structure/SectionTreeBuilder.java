package io.github.compactkit.structure;

import io.github.compactkit.layout.Block;
import io.github.compactkit.layout.Heading;
import io.github.compactkit.model.Section;
import io.github.compactkit.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the section tree from headings. Numbered headings nest by their depth ("2.3.4" under
 * "2.3"); "Part", "Section" and "Appendix" headings are top level and hold the numbered sections
 * that follow; unnumbered headings sit under the current numbered section until the next heading.
 * Unnumbered headings come in two tiers when the document shows it: those its contents list names,
 * or the questions of a question-and-answer page, hold the topic headings between them
 * ("What will we do together?" › "Volunteering").
 */
public final class SectionTreeBuilder {

    /** Locates every block and builds the tree. */
    public DocumentStructure build(List<Block> blocks) {
        return build(blocks, List.of());
    }

    /** Locates every block and builds the tree, given the entries of the document's contents list. */
    public DocumentStructure build(List<Block> blocks, List<String> contents) {
        Predicate<Heading> upperTier = upperTier(blocks, contents);
        List<Node> roots = new ArrayList<>();
        Deque<Node> numbered = new ArrayDeque<>();
        Node upper = null; // the current upper-tier unnumbered heading, if any
        Node soft = null; // the current unnumbered heading, if any
        Node restartedUnder = null; // the titled section whose untitled paragraph numbers started again at 1
        boolean underKeyword = false;
        List<LocatedBlock> located = new ArrayList<>(blocks.size());

        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Heading h) {
                if (h.number() != null) {
                    boolean keyword = !Character.isDigit(h.number().charAt(0));
                    int rank;
                    if (keyword) {
                        rank = 1;
                        underKeyword = true;
                    } else {
                        rank = (h.level() > 0 ? h.level() : 1) + (underKeyword ? 1 : 0);
                    }
                    // "1", "2" … numbered paragraphs with no title that restart under "2 Our principles": a list of
                    // its own inside that section, not the document's numbering going back (a Word numbered list).
                    // Its numbers are the list's, not sections: what follows stays in the titled section.
                    boolean listNumber = false;
                    if (!h.title().isEmpty()) {
                        restartedUnder = null;
                    } else if (!numbered.isEmpty() && h.number().matches("\\d{1,2}")) {
                        if (restartedUnder == null && restarts(h.number(), numbered.peek().heading)) {
                            restartedUnder = numbered.peek();
                        }
                        listNumber = restartedUnder != null && numbered.contains(restartedUnder);
                    }
                    if (listNumber) {
                        while (numbered.peek() != restartedUnder) {
                            numbered.pop();
                        }
                    } else {
                        while (!numbered.isEmpty() && numbered.peek().rank >= rank) {
                            numbered.pop();
                        }
                        Node node = new Node(h, rank);
                        attach(node, numbered.peek(), roots);
                        numbered.push(node);
                    }
                    // A numbered paragraph's number ("15." with no title) stays under the unnumbered heading above it.
                    if (!h.title().isEmpty()) {
                        soft = null;
                        upper = null;
                    }
                } else if (isPartHeading(h) && nextHeadingIsNumbered(blocks, b)) {
                    // An unnumbered part in capitals ("WHAT THE PUBLIC SECTOR PARTNERS COMMIT TO") holds the
                    // numbered sections after it, like "Part 2" does; a capitalised card title ("INDEPENDENCE")
                    // followed by more unnumbered titles is a heading inside the current section.
                    numbered.clear();
                    Node node = new Node(h, 1);
                    roots.add(node);
                    numbered.push(node);
                    underKeyword = true;
                    soft = null;
                    upper = null;
                } else if (upperTier.test(h)) {
                    Node node = new Node(h, Integer.MAX_VALUE);
                    attach(node, numbered.peek(), roots);
                    upper = node;
                    soft = node;
                } else {
                    Node node = new Node(h, Integer.MAX_VALUE);
                    attach(node, upper != null ? upper : numbered.peek(), roots);
                    soft = node;
                }
            }
            List<Heading> path = new ArrayList<>();
            numbered.descendingIterator().forEachRemaining(n -> path.add(n.heading));
            if (upper != null && upper != soft) {
                path.add(upper.heading);
            }
            if (soft != null) {
                path.add(soft.heading);
            }
            String section = numbered.isEmpty() ? null : numbered.peek().heading.number();
            located.add(new LocatedBlock(block, section, path));
            if (!numbered.isEmpty()) {
                numbered.peek().extend(block.span());
            }
        }
        List<Section> sections = new ArrayList<>();
        for (Node root : roots) {
            sections.add(root.toSection(1));
        }
        return new DocumentStructure(sections, located);
    }

    /** Whether an untitled "1" comes under a titled single-number section after the first: numbering that restarts. */
    private static boolean restarts(String number, Heading section) {
        return "1".equals(number) && section.number() != null && !section.title().isEmpty()
                && section.number().matches("[2-9]|[1-9]\\d");
    }

    /**
     * Which unnumbered headings are the upper tier: the ones the contents list names, when it names
     * some and not others; else the questions, when at least three headings ask one and others do not.
     * Without that evidence every unnumbered heading is of one tier.
     */
    private static Predicate<Heading> upperTier(List<Block> blocks, List<String> contents) {
        List<Heading> soft = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Heading h && h.number() == null && h.title() != null && !h.title().isBlank()) {
                soft.add(h);
            }
        }
        Set<String> listed = new HashSet<>();
        for (String entry : contents) {
            listed.add(key(entry));
        }
        Predicate<Heading> inContents = h -> listed.contains(key(h.title()));
        long named = soft.stream().filter(inContents).count();
        if (named >= 2 && named < soft.size()) {
            return inContents;
        }
        Predicate<Heading> question = h -> h.title().strip().endsWith("?");
        long questions = soft.stream().filter(question).count();
        if (questions >= 3 && questions < soft.size()) {
            return question;
        }
        return h -> false;
    }

    /** A title or contents entry without its page number, dot leaders and case: what the two share. */
    private static String key(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[.\\s]*\\d{0,3}\\s*$", "").replaceAll("\\s+", " ").strip();
    }

    /** True when the first heading after block {@code b} is a numbered section heading (with a title). */
    private static boolean nextHeadingIsNumbered(List<Block> blocks, int b) {
        for (int i = b + 1; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading next) {
                return next.number() != null && !next.title().isEmpty();
            }
        }
        return false;
    }

    /** An unnumbered heading set in capitals, of a few words: the title of a part of the document. */
    private static boolean isPartHeading(Heading h) {
        String t = h.title();
        if (t == null || t.length() < 4 || t.length() > 90) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 4;
    }

    private static void attach(Node node, Node parent, List<Node> roots) {
        if (parent == null) {
            roots.add(node);
        } else {
            parent.children.add(node);
        }
    }

    /** A mutable tree node while building. */
    private static final class Node {
        final Heading heading;
        final int rank;
        final List<Node> children = new ArrayList<>();
        Span span;

        Node(Heading heading, int rank) {
            this.heading = heading;
            this.rank = rank;
            this.span = heading.span();
        }

        void extend(Span other) {
            span = span.union(other);
        }

        Section toSection(int depth) {
            List<Section> kids = new ArrayList<>();
            for (Node child : children) {
                kids.add(child.toSection(depth + 1));
                span = span.union(child.span);
            }
            return new Section(heading.number(), heading.title(), depth, kids, span);
        }
    }
}
