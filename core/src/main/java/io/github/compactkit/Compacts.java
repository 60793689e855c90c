package io.github.compactkit;

import io.github.compactkit.io.CompactJson;
import io.github.compactkit.model.Compact;
import java.nio.file.Path;

/**
 * The entry point: parse a compact and write it as JSON.
 *
 * <pre>{@code
 * Compact c = Compacts.parse(Path.of("westminster.txt"));
 * System.out.println(c.area() + ": " + c.undertakings().size() + " undertakings");
 * String json = Compacts.toJson(c);
 * }</pre>
 */
public final class Compacts {
    private static final CompactParser DEFAULT = CompactParser.builder().build();

    private Compacts() {
    }

    /** Parses a file (text, PDF, DOCX, ODT, RTF, HTML), detecting its format from its content. */
    public static Compact parse(Path file) throws CompactParseException {
        return DEFAULT.parse(file);
    }

    /** Parses a compact given as text. */
    public static Compact parse(String text) throws CompactParseException {
        return DEFAULT.parseText(text, null);
    }

    /** A builder for a parser with options. */
    public static CompactParser.Builder parser() {
        return CompactParser.builder();
    }

    /** The compact as JSON per the contract: deterministic, pretty-printed. */
    public static String toJson(Compact compact) {
        return CompactJson.write(compact);
    }
}
