package io.github.compactkit.report;

import io.github.compactkit.model.Compact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names for compacts in a report: the area (else the file name without its extension), with the
 * file added when two share an area.
 */
public final class Labels {
    private Labels() {
    }

    /** One label per compact, in order, all distinct. */
    public static List<String> of(List<Compact> compacts) {
        Map<String, Integer> counts = new HashMap<>();
        compacts.forEach(c -> counts.merge(base(c), 1, Integer::sum));
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Compact c : compacts) {
            String label = base(c);
            if (counts.get(label) > 1) {
                String file = c.source() == null ? null : c.source().file();
                label = file == null || file.equals(label) ? label : label + " (" + file + ")";
            }
            int n = seen.merge(label, 1, Integer::sum);
            out.add(n == 1 ? label : label + " #" + n);
        }
        return out;
    }

    private static String base(Compact c) {
        if (c.area() != null || c.source() == null || c.source().file() == null) {
            return c.label();
        }
        String file = c.source().file();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
