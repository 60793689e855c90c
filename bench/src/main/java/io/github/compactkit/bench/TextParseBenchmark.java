package io.github.compactkit.bench;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.model.Compact;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text parse throughput: one full parse (layout, structure, extraction) of a bundled document per
 * operation, single-threaded. MB/s is operations per second times the document's UTF-8 size
 * ({@link BenchMain} prints it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class TextParseBenchmark {
    /** The seed compacts (the user guide is not a compact, but is parsed as text all the same). */
    @Param({"westminster", "bromley", "havering", "west-kent", "local-compacts-user-guide"})
    public String document;

    private final CompactParser parser = CompactParser.builder().build();
    private String text;

    @Setup
    public void load() {
        text = SeedTexts.text(document);
    }

    @Benchmark
    public Compact parse() throws CompactParseException {
        return parser.parseText(text, document + ".txt");
    }
}
