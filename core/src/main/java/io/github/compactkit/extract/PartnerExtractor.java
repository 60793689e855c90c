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
    /** A lead-in to a list of signatories that the genre's lead-ins do not cover: "It has been signed by:". */
    private static final Pattern SIGNED_LEAD_IN = Pattern.compile(
            "(?i)\\b((?:has|have) been (?:signed|agreed|adopted) by|signed on behalf of|(?:agreed|adopted) by)"
                    + "\\s*(?:the following(?: organisations| bodies| partners)?)?\\s*(?::|(?<=following(?: organisations| bodies| partners)?)\\.)$");
    /** A heading over the signatories: "Who has signed it", "Signatories", "Who has signed the Compact". */
    private static final Pattern SIGNATORIES_HEADING = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:signatories|signatures|partners to the compact|who (?:has|have) signed(?: (?:it|the compact|this compact))?)\\s*:?$");
    /** ", on behalf of the voluntary and community sector": who the body speaks for, not its name. */
    private static final Pattern ON_BEHALF = Pattern.compile("(?i),?\\s+on behalf of\\b.*$");
    /** A person or a role on a signature line, or a sentence: not a body's name. */
    private static final Pattern PERSON = Pattern.compile(
            "\\b(Cllr|Councillor|Dr|Mr|Mrs|Ms|Leader|Chair|Chairman|Chief|Director|Executive|Officer|Signed|Signature)\\b|\\.$|^The Compact\\b");
    /** Voluntary-sector bodies whose names hold a statutory-sounding word ("Rural Community Council"). */
    private static final Pattern VCS_BODY = Pattern.compile(
            "\\b(council for voluntary service|rural community council|voluntary action|community action|volunteer centre"
                    + "|volunteer bureau|association of voluntary)\\b");
    /** How far into a document names in running text are read as partners: the introduction. */
    private static final int FRONT_BLOCKS = 80;

    List<Partner> extract(List<LocatedBlock> blocks) {
        Map<String, Partner> partners = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i).block();
            String text = block instanceof Heading h ? h.title() : block.text();
            boolean leadIn = (block instanceof Paragraph || block instanceof Heading)
                    && (ContextClassifier.ofLeadIn(text, Context.NONE).filter(c -> c.is(Context.Kind.PARTNERS)).isPresent()
                            || SIGNED_LEAD_IN.matcher(text.strip()).find());
            if (leadIn || block instanceof Heading h && SIGNATORIES_HEADING.matcher(h.title().strip()).matches()) {
                // A list of bodies follows ("Who has signed it", "It has been signed by:"), or a paragraph naming them.
                int before = partners.size();
                int next = collect(blocks, i + 1, partners);
                if (partners.size() == before && next + 1 < blocks.size() && blocks.get(next + 1).block() instanceof Paragraph p) {
                    List<String> names = PartnerNames.in(p.text());
                    (names.isEmpty() ? PartnerNames.runTogether(p.text()) : names).forEach(name -> addPartner(name, partners));
                    next++;
                }
                i = next;
            } else if (block instanceof Paragraph p && i < FRONT_BLOCKS) {
                // Names in running text near the front: "The Compact has been signed by A, B and C."
                PartnerNames.in(p.text()).forEach(name -> addPartner(name, partners));
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
        String name = PartnerNames.withoutNote(
                ON_BEHALF.matcher(ItemText.strip(text).replaceFirst("^(?:For|By)\\s+", "")).replaceFirst("").strip());
        if (name.endsWith(":") || name.equals("&") || name.matches("^\\d.*") || !NAME_LIKE.matcher(name).matches()
                || name.toLowerCase(java.util.Locale.ROOT).startsWith("covering")
                // a body's name, not a signature line ("… Cllr Helen Marsh, Leader"), a sentence or a heading
                || !PartnerNames.isBody(name) || name.split("\\s+").length < 2 || PERSON.matcher(name).find()) {
            return;
        }
        partners.putIfAbsent(name, new Partner(name, sectorOf(name)));
    }

    static Sector sectorOf(String name) {
        String s = PartyPhrases.lower(name);
        if (VCS_BODY.matcher(s).find()) {
            return Sector.VCS;
        }
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
