package io.github.compactkit.compare;

import io.github.compactkit.model.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Unmatched items of one party and primary theme, as positions in the comparison's {@code onlyInA}
 * (or {@code onlyInB}) list: the JSON keeps each item once.
 */
public record ItemGroup(Party party, String theme, List<Integer> items) {
    public ItemGroup {
        items = List.copyOf(items);
    }

    /** Groups of a list of items, parties in enum order (action points, with no party, last), themes alphabetical. */
    static List<ItemGroup> of(List<ComparedItem> list) {
        Map<Party, Map<String, List<ComparedItem>>> grouped = CompactComparison.group(list);
        List<ItemGroup> out = new ArrayList<>();
        grouped.forEach((party, byTheme) -> byTheme.forEach((theme, items) -> {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (items.contains(list.get(i)) && !positions.contains(i)) {
                    positions.add(i);
                }
            }
            out.add(new ItemGroup(party, theme, positions));
        }));
        return out;
    }
}
