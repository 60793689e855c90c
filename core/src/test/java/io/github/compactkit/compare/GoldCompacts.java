package io.github.compactkit.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.compactkit.model.ActionPoint;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentDate;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Section;
import io.github.compactkit.model.Source;
import io.github.compactkit.model.Undertaking;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixtures: a {@link Compact} built from a hand-annotated gold file (principles, undertakings,
 * action points), so comparison can be tested independently of the parser. Section titles are
 * read from the compact's text: lines such as "2.4 Funding Streams" (flat, numbered sections only).
 */
public final class GoldCompacts {
    static final Path CORPUS = Path.of("..", "corpus");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern HEADING = Pattern.compile(
            "^(\\d+(?:\\.\\d+)*)[.)]?\\s+([A-Z][^.]{2,80})$");

    private GoldCompacts() {
    }

    /** The gold model of a seed compact ("bromley"), with the given EDTF date (null if unknown). */
    public static Compact load(String name, String edtf) {
        try {
            JsonNode gold = MAPPER.readTree(CORPUS.resolve("gold").resolve(name + ".gold.json").toFile());
            List<Principle> principles = new ArrayList<>();
            for (JsonNode p : gold.path("principles")) {
                principles.add(new Principle(text(p, "name"), text(p, "text"), text(p, "section"), List.of(), null));
            }
            List<Undertaking> undertakings = new ArrayList<>();
            for (JsonNode u : gold.path("undertakings")) {
                undertakings.add(new Undertaking(Party.valueOf(text(u, "party")), text(u, "text"), text(u, "section"),
                        List.of(), List.of(), List.of(), null));
            }
            List<ActionPoint> actions = new ArrayList<>();
            for (JsonNode a : gold.path("actionPoints")) {
                List<String> leads = new ArrayList<>();
                a.path("leads").forEach(l -> leads.add(l.asText()));
                actions.add(new ActionPoint(text(a, "text"), text(a, "lead"), leads, text(a, "target"),
                        text(a, "targetEdtf"), text(a, "section"), null));
            }
            String file = gold.path("file").asText();
            DocumentDate date = edtf == null ? null : new DocumentDate(edtf, edtf);
            return new Compact(Compact.SCHEMA_VERSION, new Source(file, "text/plain", null, null),
                    text(gold, "title"), text(gold, "area"), date, null, DocumentType.COMPACT,
                    sections(CORPUS.resolve("compacts").resolve(file)), principles, undertakings, actions,
                    List.of(), List.of(), List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compact's text. */
    public static String text(String file) {
        try {
            return Files.readString(CORPUS.resolve("compacts").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Section> sections(Path text) throws IOException {
        List<Section> out = new ArrayList<>();
        String pendingNumber = null;
        for (String raw : Files.readAllLines(text)) {
            String line = raw.strip();
            // West Kent puts the number alone on its line, the title on the next.
            if (pendingNumber != null && !line.isEmpty()) {
                out.add(new Section(pendingNumber, line, pendingNumber.split("\\.").length, List.of(), null));
                pendingNumber = null;
                continue;
            }
            if (line.matches("\\d+(\\.\\d+)+")) {
                pendingNumber = line;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                out.add(new Section(m.group(1), m.group(2).strip(), m.group(1).split("\\.").length, List.of(), null));
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
