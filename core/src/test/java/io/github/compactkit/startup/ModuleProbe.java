package io.github.compactkit.startup;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.compare.Comparisons;
import io.github.compactkit.model.Compact;
import java.nio.file.Path;

/**
 * Run from the class path against the library on the module path: parses each file, compares the
 * first two, and tries to reach an internal class, which the module must refuse.
 */
public final class ModuleProbe {
    private ModuleProbe() {
    }

    public static void main(String[] args) throws CompactParseException {
        System.out.println("module " + Compacts.class.getModule().getName());
        Compact first = null;
        for (String file : args) {
            Compact c = Compacts.parse(Path.of(file));
            System.out.println(Path.of(file).getFileName() + " " + c.undertakings().size() + " " + Compacts.toJson(c).length());
            first = first == null ? c : first;
        }
        System.out.println("matches " + Comparisons.compare(first, Compacts.parse(Path.of(args[1]))).matches().size());
        try {
            Class.forName("io.github.compactkit.layout.TextLayout").getConstructor().newInstance();
            System.out.println("internal reachable");
        } catch (IllegalAccessException e) {
            System.out.println("internal hidden");
        } catch (ReflectiveOperationException e) {
            System.out.println("internal error " + e);
        }
    }
}
