package io.github.compactkit.compare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.compactkit.model.Party;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alignment of two compacts: matches (a merged item appears in two), what is only in A and
 * only in B, and wording reuse. Field names follow the comparison contract; the JSON adds
 * {@code schemaVersion} (of the schema {@code io/github/compactkit/schema/comparison.schema.json}),
 * {@code onlyInAGroups} and {@code onlyInBGroups}: the unmatched items grouped by party and theme.
 */
@JsonPropertyOrder({"schemaVersion", "a", "b", "matches", "onlyInA", "onlyInB", "reuse", "onlyInAGroups", "onlyInBGroups"})
@JsonIgnoreProperties(value = {"schemaVersion", "onlyInAGroups", "onlyInBGroups"}, allowGetters = true)
public record CompactComparison(CompactRef a, CompactRef b, List<Match> matches, List<ComparedItem> onlyInA,
                                List<ComparedItem> onlyInB, Reuse reuse) {
    /** The version of the comparison contract this record writes. */
    public static final String SCHEMA_VERSION = "1";

    public CompactComparison {
        matches = List.copyOf(matches);
        onlyInA = List.copyOf(onlyInA);
        onlyInB = List.copyOf(onlyInB);
    }

    /** {@link #SCHEMA_VERSION}, written first in the JSON. */
    @JsonProperty("schemaVersion")
    public String schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** Items only in A grouped by party, then by primary theme (both in a stable order). */
    public Map<Party, Map<String, List<ComparedItem>>> onlyInAByPartyAndTheme() {
        return group(onlyInA);
    }

    /** Items only in B grouped by party, then by primary theme (both in a stable order). */
    public Map<Party, Map<String, List<ComparedItem>>> onlyInBByPartyAndTheme() {
        return group(onlyInB);
    }

    /** {@link #onlyInA()} grouped by party and primary theme, as positions in that list. */
    @JsonProperty("onlyInAGroups")
    public List<ItemGroup> onlyInAGroups() {
        return ItemGroup.of(onlyInA);
    }

    /** {@link #onlyInB()} grouped by party and primary theme, as positions in that list. */
    @JsonProperty("onlyInBGroups")
    public List<ItemGroup> onlyInBGroups() {
        return ItemGroup.of(onlyInB);
    }

    /** Matches of one kind, in order. */
    public List<Match> matchesOf(MatchKind kind) {
        return matches.stream().filter(m -> m.kind() == kind).toList();
    }

    static Map<Party, Map<String, List<ComparedItem>>> group(List<ComparedItem> items) {
        // A null party (action points) sorts last under its own key.
        Map<Party, Map<String, List<ComparedItem>>> out =
                new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (ComparedItem item : items) {
            out.computeIfAbsent(item.party(), p -> new TreeMap<>())
                    .computeIfAbsent(item.primaryTheme(), t -> new ArrayList<>())
                    .add(item);
        }
        Map<Party, Map<String, List<ComparedItem>>> frozen = new LinkedHashMap<>();
        out.forEach((party, byTheme) -> {
            Map<String, List<ComparedItem>> themes = new LinkedHashMap<>();
            byTheme.forEach((theme, list) -> themes.put(theme, List.copyOf(list)));
            frozen.put(party, java.util.Collections.unmodifiableMap(themes));
        });
        return java.util.Collections.unmodifiableMap(frozen);
    }
}
