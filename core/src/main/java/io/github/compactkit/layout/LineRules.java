package io.github.compactkit.layout;

import java.util.List;

/**
 * The registry of plain-line rules, in priority order: the {@link Decider} lets the first rule that
 * proposes decide. Table shapes come first, then markers, marked headings, dotted numbers (the list in
 * progress, then the document's numbering, then the line's shape), two-cell rows, and running text last.
 */
final class LineRules {
    private LineRules() {
    }

    /** The rules that lay out plain text. */
    static List<LineRule> standard() {
        return List.of(
                new TableRules.AlignedTable(),
                new TableRules.ColumnsUnderRow(),
                new TableRules.WrappedCell(),
                new HeadingRules.MarkdownHeading(),
                new TableRules.MarkdownTableRow(),
                new TableRules.TabCells(),
                new MarkerRules.Bullet(),
                new MarkerRules.Enumerator(),
                new HeadingRules.UnderlinedTitle(),
                new HeadingRules.RomanHeading(),
                new HeadingRules.ClauseLabel(),
                new HeadingRules.LetteredHeading(),
                new HeadingRules.KeywordHeading(),
                new HeadingRules.NumberAlone(),
                new NumberedRules.LowerCaseItem(),
                new NumberedRules.DocumentParagraph(),
                new NumberedRules.NumberedListItem(),
                // The item open under a lead-in closes here: the rules below see the state after it.
                new NumberedRules.CloseLeadInItem(),
                new NumberedRules.LeadInItem(),
                new NumberedRules.EndLeadInItems(),
                new NumberedRules.NumberedTitle(),
                new NumberedRules.NumberedParagraph(),
                new TableRules.TwoTabCells(),
                new TextRules.FieldLine(),
                new TextRules.ContinuesItem(),
                new TextRules.TitleAfterParagraph(),
                new TextRules.RecordLine(),
                new TextRules.NamedEntryLine(),
                new TextRules.GluedTitle(),
                new TextRules.ContinuesParagraph(),
                new TextRules.StartsParagraph());
    }
}
