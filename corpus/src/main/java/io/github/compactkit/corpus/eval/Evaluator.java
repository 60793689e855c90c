package io.github.compactkit.corpus.eval;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.Compacts;
import io.github.compactkit.corpus.CorpusDocument;
import io.github.compactkit.corpus.GoldAnnotation;
import io.github.compactkit.model.Compact;
import java.util.Objects;

/**
 * Parses corpus documents and scores them against their gold.
 *
 * <pre>{@code
 * Evaluator evaluator = new Evaluator(Compacts.parser().build());
 * for (CorpusDocument doc : Corpus.bundled().annotated()) {
 *     System.out.print(evaluator.evaluate(doc).scorecard().toTable());
 * }
 * }</pre>
 */
public final class Evaluator {
    private final CompactParser parser;

    /** An evaluator using the given parser. */
    public Evaluator(CompactParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** An evaluator using the default parser, the one behind {@code Compacts.parse}. */
    public static Evaluator withDefaultParser() {
        return new Evaluator(Compacts.parser().build());
    }

    /** One document's parse and its scores. */
    public record Evaluation(String document, Compact parsed, Scorecard scorecard) {
    }

    /** Parses the document's primary rendering and scores it against its gold. */
    public Evaluation evaluate(CorpusDocument document) throws CompactParseException {
        GoldAnnotation gold = document.gold()
                .orElseThrow(() -> new IllegalArgumentException(document.name() + " has no gold annotation"));
        Compact parsed = parser.parse(document.bytes(), document.fileName());
        return new Evaluation(document.name(), parsed, Scorer.score(parsed, gold));
    }
}
