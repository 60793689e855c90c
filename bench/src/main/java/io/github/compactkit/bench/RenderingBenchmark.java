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
 * A committed rendering of each seed compact parsed into a compact; subclasses add the raw
 * extractor it is measured against, on the same bytes in memory, side by side in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public abstract class RenderingBenchmark {
    @Param({"westminster", "bromley", "havering", "west-kent", "local-compacts-user-guide"})
    public String document;

    private final CompactParser parser = CompactParser.builder().build();
    protected byte[] bytes;

    /** The corpus folder and file extension of the rendering, e.g. "pdf". */
    protected abstract String format();

    @Setup
    public void load() {
        bytes = CorpusFiles.read(format(), document + "." + format());
    }

    @Benchmark
    public Compact compactkit() throws CompactParseException {
        return parser.parse(bytes, document + "." + format());
    }
}
