package io.github.compactkit.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import io.github.compactkit.limits.ParseDeadline;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's {@code TokenizerME} first splits text at whitespace, then decides the splits inside each
 * whitespace-separated token from that token's characters alone. So the pieces of a token can be
 * remembered: compacts reuse a small vocabulary, and the maximum-entropy model, evaluated at every
 * character boundary, was most of the cost of a parse. The results are those of the delegate
 * (checked by {@code CachingTokenizerTest}). Thread-safe; the memo is bounded (cleared when full).
 *
 * <p>The model's cost grows with the square of a token's length (32,000 characters without a space
 * took 1.6 s, 400,000 would take minutes), so a token longer than {@link #MAX_TOKEN} is cut into
 * pieces of that length first: linear in the input, and no real word is that long.
 */
final class CachingTokenizer implements Tokenizer {
    private static final int MAX_ENTRIES = 100_000;
    /** Longest run without white space given to the model whole; longer web addresses are the longest real ones. */
    static final int MAX_TOKEN = 128;

    private final Tokenizer delegate;
    private final ConcurrentHashMap<String, String[]> pieces = new ConcurrentHashMap<>();

    CachingTokenizer(Tokenizer delegate) {
        this.delegate = delegate;
    }

    @Override
    public String[] tokenize(String s) {
        Span[] spans = WhitespaceTokenizer.INSTANCE.tokenizePos(s);
        List<String> out = new ArrayList<>(spans.length + spans.length / 4);
        for (Span span : spans) {
            ParseDeadline.check();
            for (int from = span.getStart(); from < span.getEnd(); from += MAX_TOKEN) {
                Collections.addAll(out, piecesOf(s.substring(from, Math.min(span.getEnd(), from + MAX_TOKEN))));
            }
        }
        return out.toArray(new String[0]);
    }

    private String[] piecesOf(String token) {
        String[] parts = pieces.get(token);
        if (parts == null) {
            parts = delegate.tokenize(token);
            if (pieces.size() >= MAX_ENTRIES) {
                pieces.clear();
            }
            pieces.put(token, parts);
        }
        return parts;
    }

    /** The spans of {@link #tokenize(String)}'s tokens, cut the same way. */
    @Override
    public Span[] tokenizePos(String s) {
        List<Span> out = new ArrayList<>();
        for (Span span : WhitespaceTokenizer.INSTANCE.tokenizePos(s)) {
            for (int from = span.getStart(); from < span.getEnd(); from += MAX_TOKEN) {
                int to = Math.min(span.getEnd(), from + MAX_TOKEN);
                for (Span piece : delegate.tokenizePos(s.substring(from, to))) {
                    out.add(new Span(piece.getStart() + from, piece.getEnd() + from, piece.getType()));
                }
            }
        }
        return out.toArray(new Span[0]);
    }
}
