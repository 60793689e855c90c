package io.github.compactkit.extract;

import io.github.compactkit.layout.Heading;
import io.github.compactkit.layout.Paragraph;
import io.github.compactkit.layout.ListItem;
import io.github.compactkit.layout.TableRow;
import io.github.compactkit.model.Passage;
import io.github.compactkit.structure.LocatedBlock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The running text no item holds: every paragraph, list item and table row whose text is not
 * already an item's, outside glossary and definitions sections. Read from the laid-out blocks, so
 * a compact gives the same passages from text, PDF or Word. Stateless and thread-safe.
 */
final class PassageCollector {
    private static final Pattern GLOSSARY = Pattern.compile("(?i)^\\W*(glossary|definitions?)\\b.*");

    /** The passages of {@code blocks}, in order; {@code itemTexts} are the texts items already hold. */
    List<Passage> collect(List<LocatedBlock> blocks, Collection<String> itemTexts) {
        Set<String> held = new HashSet<>(itemTexts);
        List<Passage> out = new ArrayList<>();
        for (LocatedBlock located : blocks) {
            if (!(located.block() instanceof Paragraph || located.block() instanceof ListItem
                    || located.block() instanceof TableRow) || inGlossary(located)) {
                continue;
            }
            String text = located.block().text().strip();
            if (!text.isEmpty() && !held.contains(text)) {
                out.add(new Passage(text, located.section(), located.block().span()));
            }
        }
        return out;
    }

    private static boolean inGlossary(LocatedBlock located) {
        for (Heading h : located.headings()) {
            if (GLOSSARY.matcher(h.title()).matches()) {
                return true;
            }
        }
        return false;
    }
}
