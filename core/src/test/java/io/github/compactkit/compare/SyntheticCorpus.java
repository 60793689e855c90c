package io.github.compactkit.compare;

import io.github.compactkit.model.Compact;
import io.github.compactkit.model.DocumentDate;
import io.github.compactkit.model.DocumentType;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Source;
import io.github.compactkit.model.Undertaking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic synthetic corpus for scale tests, grown from real commitments: each compact has
 * 25–55 undertakings, of which about a third are new sentences from a word-bigram model of the
 * seeds (the genre's vocabulary, but new texts), a third are seed commitments with a word or two
 * changed, and a third are copied with small edits from an earlier synthetic compact (reuse chains).
 */
final class SyntheticCorpus {
    private static final String[] EDITS = {"local", "fair", "timely", "all", "key", "partner", "community", "clear", "public", "new"};

    private SyntheticCorpus() {
    }

    static List<Compact> generate(List<Compact> seeds, int size, long seed) {
        List<Undertaking> pool = new ArrayList<>();
        List<Principle> principles = new ArrayList<>();
        seeds.forEach(c -> {
            pool.addAll(c.undertakings());
            principles.addAll(c.principles());
        });
        Map<String, List<String>> bigrams = new HashMap<>();
        List<String> starts = new ArrayList<>();
        for (Undertaking u : pool) {
            String[] w = u.text().split("\\s+");
            starts.add(w[0]);
            for (int i = 0; i + 1 < w.length; i++) {
                bigrams.computeIfAbsent(w[i], k -> new ArrayList<>()).add(w[i + 1]);
            }
        }
        Random r = new Random(seed);
        List<Compact> out = new ArrayList<>();
        for (int c = 0; c < size; c++) {
            List<Undertaking> items = new ArrayList<>();
            int count = 25 + r.nextInt(31);
            for (int k = 0; k < count; k++) {
                int kind = r.nextInt(3);
                String text;
                Party party;
                if (kind == 0 || (kind == 2 && out.isEmpty())) {
                    text = babble(r, starts, bigrams);
                    party = Party.values()[r.nextInt(3)];
                } else if (kind == 1) {
                    Undertaking u = pool.get(r.nextInt(pool.size()));
                    text = edit(r, u.text());
                    party = u.party();
                } else {
                    Compact source = out.get(r.nextInt(out.size()));
                    Undertaking u = source.undertakings().get(r.nextInt(source.undertakings().size()));
                    text = edit(r, u.text());
                    party = u.party();
                }
                items.add(new Undertaking(party, text, (1 + k / 8) + "." + (1 + k % 8), List.of(), List.of(), List.of(), null));
            }
            List<Principle> ps = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                Principle p = principles.get(r.nextInt(principles.size()));
                ps.add(new Principle(p.name(), p.text(), "2", List.of(), null));
            }
            String year = String.valueOf(2000 + c / Math.max(1, size / 15));
            out.add(new Compact(Compact.SCHEMA_VERSION, new Source("synthetic-" + c + ".txt", "text/plain", null, null),
                    null, "Area " + c, new DocumentDate(year, year), null, DocumentType.COMPACT, List.of(), ps, items,
                    List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        return out;
    }

    private static String babble(Random r, List<String> starts, Map<String, List<String>> bigrams) {
        StringBuilder s = new StringBuilder();
        String word = starts.get(r.nextInt(starts.size()));
        int length = 8 + r.nextInt(22);
        for (int i = 0; i < length && word != null; i++) {
            s.append(i == 0 ? "" : " ").append(word);
            List<String> next = bigrams.get(word);
            word = next == null ? null : next.get(r.nextInt(next.size()));
        }
        return s.toString();
    }

    private static String edit(Random r, String text) {
        String[] w = text.split("\\s+");
        for (int e = r.nextInt(3); e > 0; e--) {
            w[r.nextInt(w.length)] = EDITS[r.nextInt(EDITS.length)];
        }
        return String.join(" ", w);
    }
}
