package io.github.compactkit.layout;

import io.github.compactkit.nlp.PartOfSpeech;
import java.util.List;
import java.util.Optional;

/** Rules that read a line as a table row or part of one. */
final class TableRules {
    private TableRules() {
    }

    /** "The public sector will:      The voluntary sector will:" with text under both columns: a table laid out with spaces. */
    record AlignedTable() implements LineRule {
        @Override
        public String name() {
            return "header of a table aligned with spaces";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            if (s.afterBlank() && !s.paragraphOpen() && f.alignedColumns() != null) {
                return propose(Outcome.ALIGNED_TABLE, f.alignedColumns().length + " columns, text aligned under them");
            }
            return Optional.empty();
        }
    }

    /** "<TAB>the final decision" under a row: the wrapped rest of the cell its tabs point to. */
    /**
     * "<TAB>Involve groups early<TAB>" or "<TAB><TAB>Seek members' views" under a three-column row: a row of its own
     * with empty cells, not a wrapped cell, when its text falls in a column left empty in the row above, or starts
     * a new entry: a capital after a trailing tab, or a capitalised instruction.
     */
    record ColumnsUnderRow() implements LineRule {
        @Override
        public String name() {
            return "row with empty cells under a table row";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            if (f.tabs() == null || !f.raw().startsWith("\t") || s.paragraphOpen() || !(s.lastBlock() instanceof TableRow above)) {
                return Optional.empty();
            }
            List<String> columns = f.tabs().columns();
            if (columns.size() < 3 || columns.size() != above.cells().size()) {
                return Optional.empty();
            }
            int filled = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (!columns.get(c).isEmpty()) {
                    filled = filled < 0 ? c : filled;
                }
            }
            if (filled < 0) {
                return Optional.empty();
            }
            boolean emptyAbove = above.cells().get(filled).isBlank();
            String text = columns.get(filled);
            // A wrapped cell goes on mid-phrase; a new entry starts with a capital, after a trailing tab or as an
            // instruction ("Offer reasonable expenses …") in a table of promises.
            boolean newEntry = Character.isUpperCase(text.charAt(0))
                    && (columns.get(columns.size() - 1).isEmpty() || PartOfSpeech.startsWithBaseVerb(text));
            return emptyAbove || newEntry
                    ? propose(Outcome.TAB_ROW_IN_COLUMNS, emptyAbove ? "text in column " + (filled + 1) + ", empty in the row above"
                            : "starts a new entry with a capital")
                    : Optional.empty();
        }
    }

    record WrappedCell() implements LineRule {
        @Override
        public String name() {
            return "wrapped cell under a table row";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            if (f.tabs() != null && f.raw().startsWith("\t") && !f.tabs().tabInside() && !s.afterBlank() && !s.paragraphOpen()
                    && s.lastBlock() instanceof TableRow) {
                return propose(Outcome.CELL_CONTINUES, f.tabs().leading() + " leading tabs under a table row");
            }
            return Optional.empty();
        }
    }

    /** "| Action | Lead | Date |": a Markdown table row ("|---|---|" under the header gives none). */
    record MarkdownTableRow() implements LineRule {
        @Override
        public String name() {
            return "Markdown table row";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            if (f.pipeRow() == null) {
                return Optional.empty();
            }
            return propose(Outcome.MARKDOWN_TABLE_ROW, f.pipeRow().rule() ? "the rule under a header" : f.pipeRow().cells().size() + " cells between pipes");
        }
    }

    /**
     * "1<TAB>Agree one consultation period<TAB>Compact Group<TAB>April 2017": three cells or more make a
     * row whatever the first cell; "<TAB>offer …<TAB>keep …" under "Funding<TAB>give …<TAB>tell …" keeps its columns.
     */
    record TabCells() implements LineRule {
        @Override
        public String name() {
            return "tab-separated cells";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            if (f.tabs() == null) {
                return Optional.empty();
            }
            int cells = f.tabs().cells().size();
            boolean underMerged = f.raw().startsWith("\t") && s.lastBlock() instanceof TableRow above && above.cells().size() == cells + 1;
            if (underMerged && cells + 1 >= 3) {
                return propose(Outcome.TAB_ROW_UNDER_MERGED_CELL, cells + " cells under a row whose first cell spans them");
            }
            return cells >= 3 ? propose(Outcome.TAB_ROW, cells + " cells") : Optional.empty();
        }
    }

    /** "Funding<TAB>Grants paid in advance": two tab-separated cells, when no marker or number claimed the line. */
    record TwoTabCells() implements LineRule {
        @Override
        public String name() {
            return "two tab-separated cells";
        }

        @Override
        public Optional<Vote> vote(LineFeatures f, LayoutView s) {
            return f.tabs() != null && f.tabs().cells().size() >= 2 ? propose(Outcome.TAB_ROW, f.tabs().cells().size() + " cells")
                    : Optional.empty();
        }
    }
}
