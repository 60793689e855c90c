package io.github.compactkit.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Properties;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP tokenizer, loaded once from the {@code opennlp-models-tokenizer-en} jar.
 * The model file name is read from the jar's {@code model.properties} so a newer model jar works
 * unchanged; the thread-safe wrapper keeps one {@code TokenizerME} per thread.
 */
final class OpenNlpTokenizer {
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
    }

    private static Tokenizer load() {
        ClassLoader loader = OpenNlpTokenizer.class.getClassLoader();
        try {
            // Several OpenNLP model jars each carry a model.properties; pick the tokenizer's.
            Enumeration<URL> urls = loader.getResources("model.properties");
            while (urls.hasMoreElements()) {
                Properties properties = new Properties();
                try (InputStream in = urls.nextElement().openStream()) {
                    properties.load(in);
                }
                String name = properties.getProperty("model.name", "");
                if (name.contains("-tokens-") && "en".equals(properties.getProperty("model.language"))) {
                    try (InputStream model = loader.getResourceAsStream(name)) {
                        if (model != null) {
                            return new ThreadSafeTokenizerME(new TokenizerModel(model));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English tokenizer model", e);
        }
        throw new IllegalStateException("OpenNLP English tokenizer model (opennlp-models-tokenizer-en) not on the classpath");
    }
}
