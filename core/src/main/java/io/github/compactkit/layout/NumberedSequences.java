package io.github.compactkit.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-level evidence about dotted numbering, read once from every line's features before any
 * decision: which lines are siblings in one numbered sequence ("4.1", "4.2", "4.3"; "1.", "2.") and
 * how many of the sequence's bodies are full sentences. A sequence of sentences is paragraphs or
 * items; a sequence of short titles is headings.
 */
final class NumberedSequences {
    private NumberedSequences() {
    }

    /**
     * One run of sibling numbers.
     *
     * @param first          the first number ("4.1")
     * @param last           the last number so far ("4.5")
     * @param size           how many numbered lines
     * @param sentenceBodies how many of them end with a full stop or run on to the next line
     */
    record Sequence(String first, String last, int size, int sentenceBodies) {
        /** "4.1–4.5: 3 of 5 bodies are sentences". */
        String describe() {
            return (size == 1 ? first : first + "\u2013" + last) + ": " + sentenceBodies + " of " + size
                    + (size == 1 ? " body is a sentence" : " bodies are sentences");
        }
    }

    /**
     * Fills in each dotted line's {@link LineFeatures#sequence()}: a line continues the open sequence
     * of its parent ("4" for "4.2") when its last part is one more than that sequence's last; any
     * other number starts a sequence. Every line of a sequence gets the whole sequence's counts.
     * Entries of {@code features} may be null (blank or set-aside lines).
     */
    static void mark(LineFeatures[] features) {
        int[] sequenceOf = new int[features.length];
        List<Sequence> sequences = new ArrayList<>();
        Map<String, Integer> openByParent = new HashMap<>();
        for (int i = 0; i < features.length; i++) {
            sequenceOf[i] = -1;
            LineFeatures f = features[i];
            if (f == null || f.dotted() == null) {
                continue;
            }
            String number = f.dotted().number();
            int dot = number.lastIndexOf('.');
            String parent = dot < 0 ? "" : number.substring(0, dot);
            Integer open = openByParent.get(parent);
            if (open == null || lastPart(number) != lastPart(sequences.get(open).last()) + 1) {
                open = sequences.size();
                sequences.add(new Sequence(number, number, 0, 0));
                openByParent.put(parent, open);
            }
            Sequence s = sequences.get(open);
            boolean sentence = f.dotted().endsSentence() || f.dotted().runsOn();
            sequences.set(open, new Sequence(s.first(), number, s.size() + 1, s.sentenceBodies() + (sentence ? 1 : 0)));
            sequenceOf[i] = open;
        }
        for (int i = 0; i < features.length; i++) {
            if (sequenceOf[i] >= 0) {
                features[i] = features[i].inSequence(sequences.get(sequenceOf[i]));
            }
        }
    }

    private static int lastPart(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('.') + 1));
    }
}
