package io.github.compactkit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a lead as written into the bodies it names: "WCC/PCT" → [WCC, PCT]; "WCC/PCT Property
 * Departments" → [WCC, PCT] (the shared descriptor goes with the split); "Council and CVS" → [Council, CVS].
 */
final class LeadSplitter {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:/|,|;|&|\\band\\b|\\+)\\s*");
    private static final Pattern ACRONYM = Pattern.compile("^[A-Z]{2,6}s?$");

    List<String> split(String lead) {
        if (lead == null || lead.isBlank()) {
            return List.of();
        }
        String[] parts = SEPARATORS.split(lead.strip());
        List<String> bodies = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                bodies.add(p.strip());
            }
        }
        if (bodies.size() > 1) {
            // "WCC/PCT Property Departments": when all others are acronyms, keep the last one's acronym.
            String last = bodies.get(bodies.size() - 1);
            String firstWord = last.split("\\s+")[0];
            boolean othersAcronyms = bodies.subList(0, bodies.size() - 1).stream().allMatch(b -> ACRONYM.matcher(b).matches());
            if (othersAcronyms && ACRONYM.matcher(firstWord).matches() && !firstWord.equals(last)) {
                bodies.set(bodies.size() - 1, firstWord);
            }
        }
        return List.copyOf(bodies);
    }
}
