package io.github.compactkit.extract;

import io.github.compactkit.layout.Block;
import io.github.compactkit.model.Party;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legend that gives each commitment's reference code a party: "Commitments marked S are made by the
 * statutory partners, V by the voluntary and community sector, and J jointly by all signatories." Items
 * numbered "S4", "V2", "J1" then belong to the party their letter stands for.
 */
final class CodeLegend {
    /** The words that introduce a legend of letters: "marked S …", "codes beginning with S …". */
    private static final Pattern OPENING = Pattern.compile("(?i)\\b(?:marked|coded|labelled|prefixed|beginning with|starting with)\\s+(?=(?-i:[A-Z])\\b)");
    private static final Pattern ENTRY = Pattern.compile("^(?:and\\s+|or\\s+)?([A-Z])\\s+(.{3,120})$");
    private static final Pattern CODE = Pattern.compile("^([A-Z])\\d{1,3}$");

    private final Map<Character, Party> parties;

    private CodeLegend(Map<Character, Party> parties) {
        this.parties = Map.copyOf(parties);
    }

    /** The document's legend, empty when it gives fewer than two letters a party. */
    static CodeLegend of(List<Block> blocks) {
        for (Block block : blocks) {
            Matcher opening = OPENING.matcher(block.text());
            if (!opening.find()) {
                continue;
            }
            String rest = block.text().substring(opening.end());
            int stop = rest.indexOf(". ");
            rest = stop >= 0 ? rest.substring(0, stop) : rest;
            Map<Character, Party> found = new HashMap<>();
            for (String entry : rest.split(",\\s*|;\\s*")) {
                Matcher m = ENTRY.matcher(entry.strip());
                Optional<Party> party = m.matches() ? PartyPhrases.sectorOf(m.group(2)) : Optional.empty();
                party.ifPresent(p -> found.putIfAbsent(m.group(1).charAt(0), p));
            }
            if (found.size() >= 2) {
                return new CodeLegend(found);
            }
        }
        return new CodeLegend(Map.of());
    }

    /** The party of an item whose marker is a code of the legend ("S4"). */
    Optional<Party> partyOf(String marker) {
        Matcher m = CODE.matcher(marker == null ? "" : marker.strip());
        return m.matches() ? Optional.ofNullable(parties.get(m.group(1).charAt(0))) : Optional.empty();
    }
}
