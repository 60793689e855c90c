package io.github.compactkit.extract;

import io.github.compactkit.layout.Block;
import io.github.compactkit.layout.Heading;
import io.github.compactkit.layout.ListItem;
import io.github.compactkit.layout.Paragraph;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Partner;
import io.github.compactkit.model.Sector;
import io.github.compactkit.structure.LocatedBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the partners to the compact: the names listed after "The Partners to the Compact are:",
 * "A Compact between:" and the like, each with its sector.
 */
final class PartnerExtractor {
    private static final Pattern STATUTORY_NAME = Pattern.compile(
            ".*\\b(trust|council|nhs|police|authority|borough|government|constabulary|fire|probation|pct|clinical commissioning)\\b.*");
    private static final Pattern VOLUNTARY_NAME = Pattern.compile(".*\\b(voluntary|community sector|cvs|council for voluntary)\\b.*");
    private static final Pattern NAME_LIKE = Pattern.compile("^[A-Z][\\w'’&,.() -]{2,90}$");

    List<Partner> extract(List<LocatedBlock> blocks) {
        Map<String, Partner> partners = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i).block();
            boolean leadIn = (block instanceof Paragraph || block instanceof Heading)
                    && ContextClassifier.ofLeadIn(block instanceof Heading h ? h.title() : block.text(), Context.NONE)
                            .filter(c -> c.is(Context.Kind.PARTNERS)).isPresent();
            if (leadIn) {
                i = collect(blocks, i + 1, partners);
            }
        }
        return List.copyOf(partners.values());
    }

    private static int collect(List<LocatedBlock> blocks, int from, Map<String, Partner> partners) {
        int i = from;
        for (; i < blocks.size() && i < from + 40; i++) {
            Block block = blocks.get(i).block();
            String text;
            if (block instanceof ListItem item) {
                text = item.text();
            } else if (block instanceof Heading h && h.number() == null) {
                text = h.title();
            } else if (block instanceof Paragraph p && p.text().length() < 100) {
                text = p.text();
            } else {
                break;
            }
            addPartner(text, partners);
        }
        return i - 1;
    }

    private static void addPartner(String text, Map<String, Partner> partners) {
        String name = ItemText.strip(text);
        if (name.endsWith(":") || name.equals("&") || name.matches("^\\d.*") || !NAME_LIKE.matcher(name).matches()
                || name.toLowerCase(java.util.Locale.ROOT).startsWith("covering")) {
            return;
        }
        partners.putIfAbsent(name, new Partner(name, sectorOf(name)));
    }

    static Sector sectorOf(String name) {
        String s = PartyPhrases.lower(name);
        if (STATUTORY_NAME.matcher(s).matches()
                && !VOLUNTARY_NAME.matcher(s).matches()) {
            return Sector.STATUTORY;
        }
        Optional<Party> party = PartyPhrases.partyOf(name);
        if (party.isPresent() && party.get() == Party.VCS) {
            return Sector.VCS;
        }
        if (party.isPresent() && party.get() == Party.STATUTORY) {
            return Sector.STATUTORY;
        }
        return Sector.OTHER;
    }
}
