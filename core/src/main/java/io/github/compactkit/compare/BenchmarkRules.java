package io.github.compactkit.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The benchmark catalogue and its detection rules, read from the resource {@code benchmarks.json}. */
record BenchmarkRules(List<Pattern> exclude, List<Rule> rules) {

    /** One benchmark's rule; see the resource's "about" for the meaning of each part. */
    record Rule(Benchmark benchmark, List<Pattern> evidence, List<Pattern> requires, List<Pattern> present,
                Integer expectedValue, Unit expectedUnit, boolean anyPeriod, Set<Party> parties,
                List<TitleRule> titles) {
    }

    record TitleRule(Pattern pattern, BenchmarkStatus status) {
    }

    static BenchmarkRules load() {
        try (InputStream in = BenchmarkRules.class.getResourceAsStream("benchmarks.json")) {
            if (in == null) {
                throw new IllegalStateException("benchmarks.json missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Rule> rules = new ArrayList<>();
            for (JsonNode b : root.path("benchmarks")) {
                JsonNode expected = b.path("expected");
                Integer value = expected.isMissingNode() ? null : expected.path("value").asInt();
                Unit unit = expected.isMissingNode() ? null : Unit.valueOf(expected.path("unit").asText());
                String expectedText = value == null ? null : QuantityFinder.phrase(value, unit);
                Set<Party> parties = EnumSet.allOf(Party.class);
                if (b.has("parties")) {
                    parties = EnumSet.noneOf(Party.class);
                    for (JsonNode p : b.path("parties")) {
                        parties.add(Party.valueOf(p.asText()));
                    }
                }
                List<TitleRule> titles = new ArrayList<>();
                for (JsonNode t : b.path("titles")) {
                    titles.add(new TitleRule(compile(t.path("pattern").asText()), BenchmarkStatus.valueOf(t.path("status").asText())));
                }
                rules.add(new Rule(new Benchmark(b.path("id").asText(), b.path("title").asText(),
                        b.path("guidance").asText(), expectedText),
                        patterns(b.path("evidence")), patterns(b.path("requires")), patterns(b.path("present")),
                        value, unit, b.path("expectedAnyPeriod").asBoolean(false), Set.copyOf(parties), List.copyOf(titles)));
            }
            return new BenchmarkRules(patterns(root.path("exclude")), List.copyOf(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Pattern> patterns(JsonNode array) {
        List<Pattern> out = new ArrayList<>();
        for (JsonNode p : array) {
            out.add(compile(p.asText()));
        }
        return List.copyOf(out);
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
