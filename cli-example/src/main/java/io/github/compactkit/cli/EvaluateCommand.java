package io.github.compactkit.cli;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.corpus.Corpus;
import io.github.compactkit.corpus.CorpusDocument;
import io.github.compactkit.corpus.Rendering;
import io.github.compactkit.corpus.GoldAnnotation;
import io.github.compactkit.corpus.eval.AccuracyThresholds;
import io.github.compactkit.corpus.eval.Scorecard;
import io.github.compactkit.corpus.eval.Scorer;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code compactkit evaluate}: score the parser against gold annotations. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the parser against gold annotations: precision, recall and F1 per list "
                + "(principles, undertakings, undertakings with party, action points, lead, target date, "
                + "quantities), quantities found, sections of matched undertakings, glossary, title, area, "
                + "document type.",
            "Without --gold, the annotated documents bundled with compactkit, checked against their thresholds. "
                + "With --gold DIR, every NAME.gold.json under DIR, each next to its document "
                + "(the gold's \"file\", else NAME.*); the format is that of corpus/gold in the repository."})
final class EvaluateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", description = "A folder of NAME.gold.json files next to their documents.")
    Path goldDir;

    @Option(names = "--format", defaultValue = "text", description = "text (tables) or json (one object per document).")
    Format format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up parsing one document after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws IOException {
        if (goldDir != null && !Files.isDirectory(goldDir)) {
            throw new ParameterException(spec.commandLine(), "not a folder: " + goldDir);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Scored> scored = new ArrayList<>();
        int failed = 0;
        try (TimedParser parser = new TimedParser(Duration.ofSeconds(Math.max(1, timeoutSeconds)))) {
            List<Case> cases = goldDir == null ? bundledCases() : userCases(goldDir, err);
            failed += cases.stream().filter(c -> c.document() == null).count();
            for (Case c : cases) {
                if (c.document() == null) {
                    continue;
                }
                try {
                    Compact parsed = parser.parse(c.document(), c.document().getFileName().toString());
                    scored.add(new Scored(c.name(), Scorer.score(parsed, c.gold()), c.primary()));
                } catch (CompactParseException e) {
                    failed++;
                    err.println("error: " + e.getMessage());
                }
            }
        } finally {
            cleanUp();
        }
        if (scored.isEmpty()) {
            err.println("error: nothing to score" + (goldDir == null ? "" : ": no NAME.gold.json with its document under " + goldDir));
            err.flush();
            return ExitCode.NOTHING_USABLE;
        }
        List<String> violations = new ArrayList<>();
        if (goldDir == null) {
            AccuracyThresholds thresholds = AccuracyThresholds.bundled();
            for (Scored s : scored) {
                if (s.primary() && thresholds.covers(s.name())) {
                    violations.addAll(thresholds.violations(s.name(), s.card()));
                }
            }
        }
        if (format == Format.json) {
            out.println(EvaluationTable.json(scored, violations));
        } else {
            out.print(EvaluationTable.text(scored, violations));
        }
        out.flush();
        err.flush();
        return ExitCode.of(scored.size(), failed);
    }

    /** A document to score: its name, its gold, the file to parse (null when missing) and whether it is the primary rendering. */
    record Case(String name, GoldAnnotation gold, Path document, boolean primary) {
        Case(String name, GoldAnnotation gold, Path document) {
            this(name, gold, document, true);
        }
    }

    /** A scored document: {@code primary} for the rendering the gold was made from (thresholds apply to it). */
    record Scored(String name, Scorecard card, boolean primary) {
    }

    private Path scratch;

    private List<Case> bundledCases() throws IOException {
        scratch = Files.createTempDirectory("compactkit-evaluate");
        List<Case> cases = new ArrayList<>();
        for (CorpusDocument doc : Corpus.bundled().annotated()) {
            cases.add(new Case(doc.name(), doc.gold().orElseThrow(), doc.copyTo(scratch)));
        }
        // Every other rendering of the same document (PDF, DOCX, …) against the same gold.
        for (CorpusDocument doc : Corpus.bundled().annotated()) {
            for (Rendering r : doc.renderings()) {
                if (r != doc.primary()) {
                    Path folder = Files.createDirectories(scratch.resolve(r.fileName().substring(r.fileName().lastIndexOf('.') + 1)));
                    cases.add(new Case(r.fileName(), doc.gold().orElseThrow(), r.copyTo(folder), false));
                }
            }
        }
        return cases;
    }

    private static List<Case> userCases(Path dir, PrintWriter err) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (GoldFolder.Entry e : GoldFolder.read(dir)) {
            if (e.document() == null) {
                err.println("error: " + e.goldFile().getFileName() + ": no document next to it"
                        + (e.gold().file() == null ? "" : " (looked for " + e.gold().file() + ")"));
            }
            cases.add(new Case(e.name(), e.gold(), e.document()));
        }
        return cases;
    }

    private void cleanUp() throws IOException {
        if (scratch != null) {
            try (var files = Files.walk(scratch)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
