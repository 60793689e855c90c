package io.github.compactkit.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP tokenizer, loaded once from the {@code opennlp-models-tokenizer-en} jar
 * (found by {@link OpenNlpModels}); the thread-safe wrapper keeps one {@code TokenizerME} per thread.
 */
final class OpenNlpTokenizer {
    private static final List<String> KNOWN_MODELS = List.of("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");

    private OpenNlpTokenizer() {
    }

    /** The shared tokenizer, safe to use from any thread. */
    static Tokenizer get() {
        return Holder.TOKENIZER;
    }

    /** The model without the per-token memo: the reference the memo is tested against. */
    static Tokenizer uncached() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final Tokenizer MODEL = load();
        static final Tokenizer TOKENIZER = new CachingTokenizer(MODEL);

        private static Tokenizer load() {
            try (InputStream in = OpenNlpModels.open("-tokens-", KNOWN_MODELS)) {
                return new ThreadSafeTokenizerME(new TokenizerModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the OpenNLP English tokenizer model", e);
            }
        }
    }
}
