package io.github.compactkit.semantic.modulepath;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.compare.CommitmentSimilarity;
import io.github.compactkit.compare.CompactComparator;
import io.github.compactkit.semantic.SemanticSimilarity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Run from the class path against the semantic jar, the core and their dependencies on the module
 * path, as an embedder's code would: loads the encoder (ONNX Runtime and the model from their jars),
 * prints two cosines, then compares two compacts by meaning through the comparator's builder.
 */
public final class SemanticModuleProbe {
    static final List<String> SENTENCES = List.of(
            "Public bodies will reply to letters and emails from voluntary organisations within 20 working days.",
            "acknowledge correspondence from voluntary organisations within four weeks",
            "publish the criteria for each grant scheme");

    private SemanticModuleProbe() {
    }

    public static void main(String[] args) throws CompactParseException {
        Module module = SemanticSimilarity.class.getModule();
        System.out.println("module " + module.getName() + " automatic " + module.getDescriptor().isAutomatic());
        System.out.println(cosines(SemanticSimilarity.create()));
        CompactComparator comparator = SemanticSimilarity.register(CompactComparator.builder()).build();
        System.out.println("matches " + comparator.compare(Compacts.parse(Path.of(args[0])), Compacts.parse(Path.of(args[1]))).matches().size());
    }

    static String cosines(SemanticSimilarity similarity) {
        List<float[]> v = similarity.embed(SENTENCES);
        return String.format(Locale.ROOT, "cosines %.4f %.4f", CommitmentSimilarity.dot(v.get(0), v.get(1)), CommitmentSimilarity.dot(v.get(0), v.get(2)));
    }
}
