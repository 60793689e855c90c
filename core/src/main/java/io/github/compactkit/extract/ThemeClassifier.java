package io.github.compactkit.extract;

import io.github.compactkit.model.Section;
import io.github.compactkit.nlp.TextTokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Gives a commitment one or more themes of a small taxonomy, from its text and its section titles.
 *
 * <p>The taxonomy (ids {@code funding, consultation, volunteering, equality, premises,
 * communication, partnership, implementation, training}) and each theme's signal words live in
 * the resource {@code io/github/compactkit/extract/themes.txt}, documented there. A theme scores one
 * point per signal word in the text and two when the nearest section title that names any theme
 * names it ("2.4 Funding Streams" for an undertaking in 2.4.2); themes are returned strongest
 * first, at most three. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<String> themes = ThemeClassifier.defaults().classify(
 *         "Allow the VCS a minimum of 12 weeks to respond to consultations",
 *         List.of("The Statutory Sector Undertakes to:", "Consultation, Participation and Involvement"));
 * // [consultation]
 * }</pre>
 */
public final class ThemeClassifier {
    private static final String RESOURCE = "themes.txt";
    private static final int MAX_THEMES = 3;
    private static final ThemeClassifier DEFAULTS = new ThemeClassifier(load());

    private final List<Theme> taxonomy;
    private final java.util.Map<String, List<Signal>> signalsByFirstTerm; // one pass over a text finds all
    private final java.util.Map<String, List<String>> titleCache = new java.util.concurrent.ConcurrentHashMap<>();

    private ThemeClassifier(List<Theme> taxonomy) {
        this.taxonomy = List.copyOf(taxonomy);
        java.util.Map<String, List<Signal>> byFirst = new java.util.HashMap<>();
        for (int t = 0; t < taxonomy.size(); t++) {
            for (String word : taxonomy.get(t).words()) {
                List<String> terms = TextTokens.terms(word);
                if (!terms.isEmpty()) {
                    byFirst.computeIfAbsent(terms.get(0), k -> new ArrayList<>()).add(new Signal(t, List.copyOf(terms)));
                }
            }
        }
        this.signalsByFirstTerm = java.util.Map.copyOf(byFirst);
    }

    /** A signal word or phrase of one theme, as stemmed terms. */
    private record Signal(int theme, List<String> terms) {
    }

    /** The classifier over the bundled taxonomy. */
    public static ThemeClassifier defaults() {
        return DEFAULTS;
    }

    /** The themes in taxonomy order. */
    public List<Theme> taxonomy() {
        return taxonomy;
    }

    /** The theme ids, in taxonomy order. */
    public List<String> ids() {
        return taxonomy.stream().map(Theme::id).toList();
    }

    /**
     * Themes of a commitment, strongest first.
     *
     * @param text          the commitment's text
     * @param sectionTitles titles of its section and the sections above it, nearest first (may be empty)
     */
    public List<String> classify(String text, List<String> sectionTitles) {
        return classifyTerms(TextTokens.terms(text), sectionTitles);
    }

    /**
     * Themes of a commitment whose content terms ({@link TextTokens#terms(String)}) are already known.
     *
     * @param terms         the commitment's content terms
     * @param sectionTitles titles of its section and the sections above it, nearest first
     */
    public List<String> classifyTerms(List<String> terms, List<String> sectionTitles) {
        int[] score = hits(terms);
        for (String title : sectionTitles) {
            if (title == null || title.isBlank()) {
                continue;
            }
            int[] titleHits = hits(titleTerms(title));
            boolean named = false;
            for (int t = 0; t < taxonomy.size(); t++) {
                if (titleHits[t] > 0) {
                    score[t] += 2;
                    named = true;
                }
            }
            if (named) {
                break; // the nearest naming title wins over "Part 2" or "Commitments" further up
            }
        }
        Integer[] order = new Integer[taxonomy.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -score[i]).thenComparingInt(i -> i));
        List<String> out = new ArrayList<>();
        for (int i : order) {
            if (score[i] > 0 && out.size() < MAX_THEMES) {
                out.add(taxonomy.get(i).id());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Themes of a commitment in section {@code sectionNumber} of a compact's section tree: the
     * titles from that section up to the top are used, nearest first.
     */
    public List<String> classify(String text, String sectionNumber, List<Section> sections) {
        return classify(text, sectionTitles(sectionNumber, sections));
    }

    /**
     * Titles of a section and of the sections above it, nearest first: the tree path to the first
     * section numbered {@code sectionNumber}, then the titles of its numbered parents ("2.4.2" →
     * "2.4" → "2") not already on the path, for flat or partial trees. Empty when not found.
     */
    public static List<String> sectionTitles(String sectionNumber, List<Section> sections) {
        List<String> out = new ArrayList<>();
        if (sectionNumber == null) {
            return out;
        }
        List<Section> path = new ArrayList<>();
        if (findPath(sectionNumber, sections, path)) {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i).title() != null) {
                    out.add(path.get(i).title());
                }
            }
        }
        String number = sectionNumber;
        int dot;
        while ((dot = number.lastIndexOf('.')) > 0) {
            number = number.substring(0, dot);
            List<Section> parent = new ArrayList<>();
            if (findPath(number, sections, parent)) {
                String title = parent.get(parent.size() - 1).title();
                if (title != null && !out.contains(title)) {
                    out.add(title);
                }
            }
        }
        return out;
    }

    private static boolean findPath(String number, List<Section> sections, List<Section> path) {
        for (Section s : sections) {
            path.add(s);
            if (number.equals(s.number()) || findPath(number, s.children(), path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** Themes of a commitment given its text and section titles, nearest title first. */
    public List<String> classify(String text, String... sectionTitles) {
        return classify(text, Arrays.asList(sectionTitles));
    }

    private List<String> titleTerms(String title) {
        // Section titles repeat across every item of a section: tokenise each once.
        if (titleCache.size() > 10_000) {
            titleCache.clear(); // a bound, not an LRU: titles are cheap to tokenise again
        }
        return titleCache.computeIfAbsent(title, TextTokens::terms);
    }

    /** Signal hits per theme in a term list. */
    private int[] hits(List<String> terms) {
        int[] hits = new int[taxonomy.size()];
        for (int i = 0; i < terms.size(); i++) {
            List<Signal> candidates = signalsByFirstTerm.get(terms.get(i));
            if (candidates == null) {
                continue;
            }
            for (Signal signal : candidates) {
                int n = signal.terms().size();
                if (i + n <= terms.size() && (n == 1 || terms.subList(i, i + n).equals(signal.terms()))) {
                    hits[signal.theme()]++;
                }
            }
        }
        return hits;
    }

    private static List<Theme> load() {
        List<Theme> themes = new ArrayList<>();
        try (InputStream in = ThemeClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String id = null;
            String label = null;
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.startsWith("theme ")) {
                    String[] parts = line.substring(6).split("\\|", 2);
                    id = parts[0].strip();
                    label = parts.length > 1 ? parts[1].strip() : id;
                } else if (line.startsWith("words ") && id != null) {
                    List<String> words = Arrays.stream(line.substring(6).split(","))
                            .map(String::strip).filter(w -> !w.isEmpty()).toList();
                    themes.add(new Theme(id, label, words));
                    id = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return themes;
    }
}
