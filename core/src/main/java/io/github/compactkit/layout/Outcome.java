package io.github.compactkit.layout;

/**
 * What a rule proposes to make of a line, and so what the state machine in {@link TextLayout} does
 * with it. A transition changes the state and lets the rules after the proposing one vote again.
 */
enum Outcome {
    /** The line heads a table aligned with spaces; its rows follow. */
    ALIGNED_TABLE,
    /** The line is the wrapped rest of a cell of the table row above. */
    CELL_CONTINUES,
    MARKDOWN_HEADING,
    /** A Markdown table row, or its rule line (which gives no block). */
    MARKDOWN_TABLE_ROW,
    /** A table row of the line's tab-separated cells. */
    TAB_ROW,
    /** A table row under a row whose first column spans it: the cells keep their columns. */
    TAB_ROW_UNDER_MERGED_CELL,
    /** A table row of every tab-separated field, empty ones kept in their columns. */
    TAB_ROW_IN_COLUMNS,
    BULLET_ITEM,
    ENUMERATED_ITEM,
    /** A title over a line of dashes or equals signs. */
    SETEXT_HEADING,
    ROMAN_HEADING,
    /** A clause's label opens a section and its text a numbered paragraph. */
    CLAUSE_PARAGRAPH,
    LETTERED_HEADING,
    /** "Part 3 …"; a title on the next line when the keyword stands alone. */
    KEYWORD_HEADING,
    /** A number alone with its title on the next line. */
    NUMBER_ALONE_HEADING,
    /** A numbered list item in lower case: the list number moves on. */
    LOWER_CASE_NUMBERED_ITEM,
    /** A numbered list item: the list number and the document's single numbering move on. */
    NUMBERED_ITEM,
    /** A numbered paragraph in a document that numbers its paragraphs throughout. */
    DOCUMENT_PARAGRAPH,
    /** A dotted item of the lead-in above, collected as a numbered paragraph. */
    LEAD_IN_ITEM,
    NUMBERED_TITLE,
    /** A number opening a section, its text a numbered paragraph. */
    NUMBERED_PARAGRAPH,
    /** The wrapped next line of the list item above. */
    CONTINUES_ITEM,
    /** The line starts a paragraph (closing any open one). */
    NEW_PARAGRAPH,
    /** The open one-line paragraph is a title; the line starts the paragraph under it. */
    GLUED_TITLE,
    CONTINUE_PARAGRAPH,
    /** Transition: the item collected under a lead-in closes before the line is read. */
    CLOSE_LEAD_IN_ITEM(true),
    /** Transition: the dotted items of a lead-in end. */
    END_LEAD_IN_ITEMS(true);

    private final boolean transition;

    Outcome() {
        this(false);
    }

    Outcome(boolean transition) {
        this.transition = transition;
    }

    boolean transition() {
        return transition;
    }
}
