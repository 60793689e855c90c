package io.github.compactkit.startup;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import java.nio.file.Path;

/** Parses one file in a fresh JVM and prints its JSON size: what {@link LazyLoadingTest} watches. */
public final class ParseOnce {
    private ParseOnce() {
    }

    public static void main(String[] args) throws CompactParseException {
        System.out.println(Compacts.toJson(Compacts.parse(Path.of(args[0]))).length());
    }
}
