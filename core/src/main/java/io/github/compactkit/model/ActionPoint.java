package io.github.compactkit.model;

import java.util.List;

/**
 * An action with its lead body and target date. {@code lead} and {@code target} are as written;
 * {@code leads} splits the lead into bodies ("WCC/PCT" → WCC, PCT) and {@code targetDate} is EDTF
 * (null for "Ongoing" or unreadable dates).
 */
public record ActionPoint(String text, String lead, List<String> leads, String target, String targetDate,
                          String section, Span span) {
    public ActionPoint {
        leads = List.copyOf(leads);
    }
}
