package io.github.compactkit.report;

import java.util.List;

/** Short phrases the report writers share. */
final class ReportText {
    /** Areas named in a list before the rest are counted. */
    static final int AREAS_NAMED = 12;

    private ReportText() {
    }

    /** "Bromley, Westminster", or the first {@value #AREAS_NAMED} and "and N more". */
    static String areaList(List<String> areas) {
        if (areas.size() <= AREAS_NAMED) {
            return String.join(", ", areas);
        }
        return String.join(", ", areas.subList(0, AREAS_NAMED)) + " and " + (areas.size() - AREAS_NAMED) + " more";
    }
}
