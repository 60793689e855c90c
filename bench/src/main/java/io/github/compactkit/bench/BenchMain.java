package io.github.compactkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The benchmark jar's entry point.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar text                 # text parse throughput (JMH + CPU time)
 * java -jar bench/target/benchmarks.jar jmh [JMH options]    # plain JMH runner, e.g. -l to list
 * java -jar bench/target/benchmarks.jar extractors           # PDF ÷ PDFBox, DOCX ÷ Tika, side by side
 * java -jar bench/target/benchmarks.jar extractors-cpu       # the same, CPU time only, interleaved (quick)
 * java -jar bench/target/benchmarks.jar compare [10,100,1000] [exhaustiveUpTo]   # corpus comparison at scale
 * java -jar bench/target/benchmarks.jar semantic [100,1000] [recallAt] [seed] [cacheFile|-] [nearest]   # comparison by meaning
 * java -jar bench/target/benchmarks.jar batch PDF_DIR cli-example/target/compactkit.jar [threads] [heap]
 * java -jar bench/target/benchmarks.jar generate DIR [count] [seed] [txt|pdf|both]   # synthetic corpus
 * java -jar bench/target/benchmarks.jar ocr [pages=20] [threads=2] [rounds=2]   # OCR parse ÷ tesseract alone
 * java -jar bench/target/benchmarks.jar ocr-accuracy [threads=2]   # every PDF rendering scanned and scored
 * </pre>
 *
 * Each command prints a Markdown table and also writes it under {@code target/bench-results/}.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: benchmarks.jar text | extractors | compare [sizes] [exhaustiveUpTo] | batch PDF_DIR CLI_JAR [threads] [heap] | generate DIR [count] [seed] [txt|pdf|both] | semantic [sizes] [recallAt] [seed] [cacheFile|-] [nearest] | ocr [pages] [threads] [rounds] | ocr-accuracy [threads] | jmh [JMH options]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            case "text" -> report("text", TextThroughput.run());
            case "generate" -> System.out.print(GenerateCommand.run(rest));
            case "extractors" -> report("extractors", ExtractorRatios.run());
            case "extractors-cpu" -> report("extractors-cpu", ExtractorRatios.interleaved());
            case "compare" -> report("compare", CompareScale.run(rest));
            case "batch" -> report("batch", BatchScale.run(rest));
            case "ocr" -> report("ocr", OcrBench.run(rest));
            case "ocr-accuracy" -> report("ocr-accuracy", OcrBench.accuracy(rest));
            case "semantic" -> report("semantic", SemanticScale.run(rest));
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    static void report(String name, String markdown) throws IOException {
        System.out.println();
        System.out.println(Environment.describe());
        System.out.println(markdown);
        Path dir = Path.of("target", "bench-results");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".md"), Environment.describe() + "\n\n" + markdown, StandardCharsets.UTF_8);
    }
}
