package io.github.compactkit.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

/**
 * Finds the bundled OpenNLP English model files on the class path. Each model jar names its file
 * in a {@code model.properties}; a shaded jar keeps only one of those, so the known file names are
 * tried first and the properties only as a fallback for newer model jars.
 */
final class OpenNlpModels {
    private OpenNlpModels() {
    }

    /**
     * Opens the model whose file name contains {@code kind} ("-sentence-", "-tokens-").
     *
     * @throws IllegalStateException when no such model is on the class path
     */
    static InputStream open(String kind, List<String> knownNames) {
        ClassLoader loader = OpenNlpModels.class.getClassLoader();
        for (String name : knownNames) {
            InputStream in = loader.getResourceAsStream(name);
            if (in != null) {
                return in;
            }
        }
        try {
            Enumeration<URL> urls = loader.getResources("model.properties");
            while (urls.hasMoreElements()) {
                Properties properties = new Properties();
                try (InputStream in = urls.nextElement().openStream()) {
                    properties.load(in);
                }
                String name = properties.getProperty("model.name", "");
                if (name.contains(kind) && "en".equals(properties.getProperty("model.language"))) {
                    InputStream model = loader.getResourceAsStream(name);
                    if (model != null) {
                        return model;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model descriptors", e);
        }
        throw new IllegalStateException("OpenNLP English model '" + kind + "' is not on the class path");
    }
}
