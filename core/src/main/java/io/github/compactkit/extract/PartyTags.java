package io.github.compactkit.extract;

import io.github.compactkit.layout.Block;
import io.github.compactkit.layout.ListItem;
import io.github.compactkit.model.Party;
import io.github.compactkit.nlp.TextTokens;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A party named by a tag at the end of an item: "Publish a consultation calendar each April (Council)",
 * "… consultations – VCS", "Review the Compact every two years [All]". A document that tags its items so
 * says who leads on each; one stray bracket at the end of an item ("… with the Council for Voluntary
 * Service (CVS)") is an acronym, not a tag, so tags count only when several items carry one.
 */
final class PartyTags {
    /** The trailing tag: a short name in round or square brackets, or after a spaced dash. */
    private static final Pattern TAG = Pattern.compile("^(.*\\S)\\s*(?:\\(([^()]{2,60})\\)|\\[([^\\[\\]]{2,60})\\]|\\s[\u2013\u2014-]\\s+([^\u2013\u2014-]{2,40}))[.;]?$",
            Pattern.DOTALL);
    private static final int MAX_TAG_WORDS = 6;
    /** Items that must carry a tag before any tag is read as a party. */
    static final int MIN_TAGGED_ITEMS = 3;

    /** An item's text without its tag, and the tag's name. */
    record Tag(String text, String name) {
    }

    private PartyTags() {
    }

    /** The tag at the end of an item's text, if the text ends with a short name that names a party. */
    static Optional<Tag> of(String text) {
        Matcher m = TAG.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = (m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4)).strip();
        String before = m.group(1).strip();
        // "(Lynford City Council, by September 2024)" gives an action's lead and date, not a promise's party.
        boolean dated = name.chars().anyMatch(Character::isDigit);
        if (dated || TextTokens.wordCount(name) > MAX_TAG_WORDS || TextTokens.wordCount(before) < 3 || spellsOut(before, name)
                || party(name).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Tag(before, name));
    }

    /** The party a tag names: "All" in a tag is every partner. */
    static Optional<Party> party(String name) {
        return PartyPhrases.namesEveryone(name) ? Optional.of(Party.JOINT) : PartyPhrases.sectorOf(name);
    }

    /** True when enough of the document's list items carry a tag for tags to be its convention. */
    static boolean usedIn(List<Block> blocks) {
        int tagged = 0;
        for (Block block : blocks) {
            if (block instanceof ListItem item && of(item.text()).isPresent() && ++tagged >= MIN_TAGGED_ITEMS) {
                return true;
            }
        }
        return false;
    }

    /** "the Council for Voluntary Service (CVS)": the words before the brackets spell the acronym out. */
    private static boolean spellsOut(String before, String name) {
        if (!name.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return false;
        }
        String[] words = before.split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int i = words.length - 1; i >= 0 && initials.length() < name.length() + 3; i--) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                initials.insert(0, words[i].charAt(0));
            }
        }
        return initials.toString().endsWith(name) || initials.toString().contains(name);
    }
}
