package io.github.compactkit.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Writes 0-based page indexes as 1-based ranges for messages: {0,1,2,5} → "1–3, 6". */
final class PageRanges {
    private PageRanges() {
    }

    static String of(Collection<Integer> indexes) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int i : new TreeSet<>(indexes)) {
            if (previous != null && i == previous + 1) {
                previous = i;
                continue;
            }
            if (start != null) {
                parts.add(range(start, previous));
            }
            start = i;
            previous = i;
        }
        if (start != null) {
            parts.add(range(start, previous));
        }
        return String.join(", ", parts);
    }

    private static String range(int a, int b) {
        return a == b ? Integer.toString(a + 1) : (a + 1) + "–" + (b + 1);
    }
}
