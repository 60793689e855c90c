package io.github.compactkit.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's {@code TokenizerME} first splits text at whitespace, then decides the splits inside each
 * whitespace-separated token from that token's characters alone. So the pieces of a token can be
 * remembered: compacts reuse a small vocabulary, and the maximum-entropy model, evaluated at every
 * character boundary, was most of the cost of a parse. The results are those of the delegate
 * (checked by {@code CachingTokenizerTest}). Thread-safe; the memo is bounded (cleared when full).
 */
final class CachingTokenizer implements Tokenizer {
    private static final int MAX_ENTRIES = 100_000;

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
            String token = s.substring(span.getStart(), span.getEnd());
            String[] parts = pieces.get(token);
            if (parts == null) {
                parts = delegate.tokenize(token);
                if (pieces.size() >= MAX_ENTRIES) {
                    pieces.clear();
                }
                pieces.put(token, parts);
            }
            Collections.addAll(out, parts);
        }
        return out.toArray(new String[0]);
    }

    @Override
    public Span[] tokenizePos(String s) {
        return delegate.tokenizePos(s);
    }
}
