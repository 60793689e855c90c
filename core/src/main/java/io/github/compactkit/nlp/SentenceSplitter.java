package io.github.compactkit.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences with the OpenNLP English sentence model (UD EWT), which knows
 * abbreviations such as "e.g." and "i.e." that a split on full stops gets wrong. Thread-safe.
 */
public final class SentenceSplitter {
    private static final List<String> KNOWN_MODELS = List.of("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");

    private SentenceSplitter() {
    }

    /** Character spans [start, end) of the sentences of {@code text}. */
    public static List<int[]> spans(String text) {
        List<int[]> merged = new ArrayList<>();
        for (Span span : Holder.DETECTOR.sentPosDetect(text)) {
            // The model sometimes ends a sentence at "e.g." or "i.e."; a sentence never starts in lower case.
            if (!merged.isEmpty() && Character.isLowerCase(text.charAt(span.getStart()))) {
                merged.get(merged.size() - 1)[1] = span.getEnd();
            } else {
                merged.add(new int[] {span.getStart(), span.getEnd()});
            }
        }
        return merged;
    }

    /** The sentences of {@code text}. */
    public static List<String> split(String text) {
        return spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    private static final class Holder {
        static final SentenceDetector DETECTOR = load();

        private static SentenceDetector load() {
            try (InputStream in = OpenNlpModels.open("-sentence-", KNOWN_MODELS)) {
                return new ThreadSafeSentenceDetectorME(new SentenceModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the OpenNLP English sentence model", e);
            }
        }
    }
}
