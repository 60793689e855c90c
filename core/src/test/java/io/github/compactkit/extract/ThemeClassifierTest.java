package io.github.compactkit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeClassifierTest {
    private final ThemeClassifier themes = ThemeClassifier.defaults();

    @Test
    void taxonomyHasTheNineStableIds() {
        assertEquals(List.of("funding", "consultation", "volunteering", "equality", "premises", "communication",
                "partnership", "implementation", "training"), themes.ids());
    }

    @Test
    void textAloneGivesTheTheme() {
        assertEquals("volunteering", themes.classify("Reimburse volunteers for their expenses").get(0));
        assertEquals("equality", themes.classify("Support networks for black and minority ethnic groups").get(0));
        assertEquals("implementation", themes.classify("Attempt to resolve disputes that arise between parties").get(0));
    }

    @Test
    void nearestNamingSectionTitleCountsDouble() {
        List<String> got = themes.classify("Support statutory agencies in developing their systems",
                List.of("The Voluntary and Community Sector Undertakes to:", "Funding Streams", "Development and Sustainability"));
        assertEquals("funding", got.get(0));
    }

    @Test
    void aResourcesTitleIsNotPremises() {
        // "3. Resources" in a compact is about money first: it must not stamp premises on every item under it.
        List<String> got = themes.classify("Recognise that the VCOs will require support to participate in the commissioning process",
                List.of("The Statutory Sector Commits to:", "Resources"));
        assertTrue(!got.contains("premises"), got.toString());
        assertEquals("premises", themes.classify("Make community buildings available at reduced rent").get(0));
        assertTrue(themes.classify("Share resources such as meeting rooms").contains("premises"));
    }

    @Test
    void sectionTitlesFollowTheTreeThenNumberedParents() {
        Section leaf = new Section("2.4.2", "The Statutory Sector Undertakes to:", 3, List.of(), null);
        Section mid = new Section("2.4", "Funding Streams", 2, List.of(leaf), null);
        Section top = new Section("2", "Development and Sustainability", 1, List.of(mid), null);
        assertEquals(List.of("The Statutory Sector Undertakes to:", "Funding Streams", "Development and Sustainability"),
                ThemeClassifier.sectionTitles("2.4.2", List.of(top)));
        // A flat list (no children) still reaches the parents by number.
        assertEquals(List.of("The Statutory Sector Undertakes to:", "Funding Streams", "Development and Sustainability"),
                ThemeClassifier.sectionTitles("2.4.2", List.of(top, mid, leaf).stream()
                        .map(s -> new Section(s.number(), s.title(), s.level(), List.of(), null)).toList()));
        assertTrue(ThemeClassifier.sectionTitles("9.9", List.of(top)).isEmpty());
    }

    @Test
    void atMostThreeThemes() {
        assertTrue(themes.classify("Consult on funding, volunteering, equality, premises, training and information").size() <= 3);
    }
}
