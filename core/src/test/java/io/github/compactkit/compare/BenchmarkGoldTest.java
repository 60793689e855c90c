package io.github.compactkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compactkit.model.Compact;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Benchmark detection on the four seed compacts (gold-built models plus their text) agrees with the
 * hand annotation in {@code corpus/gold/benchmarks}: status and period for every benchmark, and the
 * quoted evidence is one the annotation accepts. All disagreements are listed before failing.
 */
class BenchmarkGoldTest {

    @ParameterizedTest
    @ValueSource(strings = {"westminster", "bromley", "havering", "west-kent"})
    void matchesTheAnnotation(String name) throws IOException {
        check(name, GoldCompacts.load(name, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"westminster", "bromley", "havering", "west-kent"})
    void matchesTheAnnotationOnTheParsedCompact(String name) throws Exception {
        check(name, io.github.compactkit.Compacts.parse(GoldCompacts.CORPUS.resolve("compacts").resolve(name + ".txt")));
    }

    private static void check(String name, Compact compact) throws IOException {
        BenchmarkCoverage coverage = BenchmarkCatalogue.defaults().detect(compact, GoldCompacts.text(name + ".txt"));
        JsonNode gold = new ObjectMapper().readTree(GoldCompacts.CORPUS.resolve("gold").resolve("benchmarks")
                .resolve(name + ".json").toFile()).path("benchmarks");
        List<String> problems = new ArrayList<>();
        for (Benchmark benchmark : BenchmarkCatalogue.defaults().benchmarks()) {
            JsonNode expected = gold.path(benchmark.id());
            BenchmarkResult actual = coverage.result(benchmark.id());
            if (expected.isMissingNode()) {
                problems.add(benchmark.id() + ": not annotated");
                continue;
            }
            String status = expected.path("status").asText();
            if (!status.equals(actual.status().name())) {
                problems.add(benchmark.id() + ": expected " + status + ", got " + actual.status() + " from " + actual.evidence());
                continue;
            }
            String value = expected.path("value").isMissingNode() ? null : expected.path("value").asText();
            if (value != null && !value.equals(actual.value())) {
                problems.add(benchmark.id() + ": expected value " + value + ", got " + actual.value());
            }
            if (expected.has("evidence") && !accepted(expected.path("evidence"), actual.evidence())) {
                problems.add(benchmark.id() + ": evidence not in the annotation: " + actual.evidence());
            }
        }
        System.out.println(name + ": " + coverage.results().stream().map(r -> r.benchmark() + "=" + r.status()).toList());
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"westminster", "bromley", "havering", "west-kent"})
    void theModelAloneNeverClaimsMoreThanWithTheText(String name) {
        Compact compact = GoldCompacts.load(name, null);
        BenchmarkCoverage alone = BenchmarkCatalogue.defaults().detect(compact);
        BenchmarkCoverage withText = BenchmarkCatalogue.defaults().detect(compact, GoldCompacts.text(name + ".txt"));
        for (BenchmarkResult r : alone.results()) {
            BenchmarkStatus full = withText.result(r.benchmark()).status();
            assertTrue(rank(r.status()) <= rank(full), r.benchmark() + ": " + r.status() + " vs " + full);
        }
    }

    private static int rank(BenchmarkStatus s) {
        return switch (s) {
            case ABSENT -> 0;
            case WEAKER -> 1;
            case PRESENT -> 2;
            case STRONGER -> 3;
        };
    }

    private static boolean accepted(JsonNode quotes, String evidence) {
        if (evidence == null) {
            return false;
        }
        String shown = evidence.endsWith(" …") ? evidence.substring(0, evidence.length() - 2) : evidence;
        for (JsonNode q : quotes) {
            String quote = q.asText();
            if (AlignmentGold.same(quote, evidence) || quote.startsWith(shown)) {
                return true;
            }
        }
        return false;
    }
}
