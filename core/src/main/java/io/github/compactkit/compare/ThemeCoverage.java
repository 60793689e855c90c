package io.github.compactkit.compare;

import java.util.Map;

/** How many of a compact's undertakings carry each theme (every theme id present, 0 when none). */
public record ThemeCoverage(String compact, Map<String, Integer> counts) {
    public ThemeCoverage {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }
}
