package io.github.compactkit.structure;

import io.github.compactkit.layout.Block;
import io.github.compactkit.layout.Heading;
import io.github.compactkit.model.Section;
import io.github.compactkit.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Builds the section tree from headings. Numbered headings nest by their depth ("2.3.4" under
 * "2.3"); "Part", "Section" and "Appendix" headings are top level and hold the numbered sections
 * that follow; unnumbered headings sit under the current numbered section until the next heading.
 */
public final class SectionTreeBuilder {

    /** Locates every block and builds the tree. */
    public DocumentStructure build(List<Block> blocks) {
        List<Node> roots = new ArrayList<>();
        Deque<Node> numbered = new ArrayDeque<>();
        Node soft = null; // the current unnumbered heading, if any
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
                    while (!numbered.isEmpty() && numbered.peek().rank >= rank) {
                        numbered.pop();
                    }
                    Node node = new Node(h, rank);
                    attach(node, numbered.peek(), roots);
                    numbered.push(node);
                    // A numbered paragraph's number ("15." with no title) stays under the unnumbered heading above it.
                    if (!h.title().isEmpty()) {
                        soft = null;
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
                } else {
                    Node node = new Node(h, Integer.MAX_VALUE);
                    attach(node, numbered.peek(), roots);
                    soft = node;
                }
            }
            List<Heading> path = new ArrayList<>();
            numbered.descendingIterator().forEachRemaining(n -> path.add(n.heading));
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
