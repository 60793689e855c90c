package io.github.compactkit.layout;

/**
 * What the rules may read of the layout's state when a line comes: the open paragraph, the block
 * before, the list and heading numbering so far. A snapshot: rules read it, only the state machine in
 * {@link TextLayout} changes the state.
 *
 * @param afterBlank             a blank line (or the start) came just before
 * @param paragraphOpen          lines are being collected into a paragraph
 * @param paragraphEndsSentence  the open paragraph ends with a full stop
 * @param paragraphEndsColon     the open paragraph ends with ":"
 * @param paragraphLines         lines in the open paragraph
 * @param paragraphNumber        the number of the numbered paragraph being collected ("3.4"), or null
 * @param paragraphText          the open paragraph's text when it is one line, else null
 * @param firstPart              the open paragraph's first line, or null
 * @param lastPartDashFields     " – " separators in the open paragraph's last line
 * @param lastBlock              the last block laid out, or null
 * @param listNumber             the last number of a numbered list; -1 after a lead-in; 0 for none
 * @param lastTop                the last top-level heading number, or null before the first
 * @param lastSingleNumber       the last single number read as a list item or numbered paragraph
 * @param dottedItemsUnderLeadIn dotted items ("4.1", "4.2") are following a lead-in ending at its modal
 * @param unwrapped              document-level: the text keeps each paragraph on one line instead of wrapping it
 * @param lastBlockEndedItem     the last block is an item that ended with ';' (a list set as paragraphs): complete
 */
record LayoutView(boolean afterBlank, boolean paragraphOpen, boolean paragraphEndsSentence, boolean paragraphEndsColon,
                  int paragraphLines, String paragraphNumber, String paragraphText, String firstPart, int lastPartDashFields,
                  Block lastBlock,
                  int listNumber, Integer lastTop, int lastSingleNumber, boolean dottedItemsUnderLeadIn, boolean unwrapped,
                  boolean lastBlockEndedItem) {

    /** A state with nothing laid out yet: the start of a document. */
    static LayoutView start() {
        return new LayoutView(true, false, false, false, 0, null, null, null, 0, null, 0, null, 0, false, false, false);
    }

    /** True when a number could be the next heading number: "1" anywhere, or close above the last one. */
    boolean plausibleNumber(String number) {
        int depth = HeadingNumbers.depth(number);
        int first = Integer.parseInt(number.split("\\.")[0]);
        if (depth > 1) {
            return first <= 40;
        }
        return first >= 1 && (first == 1 || (lastTop == null ? first <= 2 : first <= lastTop + 2));
    }

    /** True when {@code n} continues the numbered list in progress, or starts one after a lead-in. */
    boolean continuesNumberedList(int n) {
        if (listNumber == -1 || n == 1 && paragraphOpen && paragraphEndsColon) {
            return n == 1; // after a lead-in, even one not yet closed by a blank line
        }
        return listNumber > 0 && n == listNumber + 1;
    }
}
