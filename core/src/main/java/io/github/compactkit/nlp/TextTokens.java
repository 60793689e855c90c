package io.github.compactkit.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Tokens of commitment text for comparison, from the OpenNLP English tokenizer.
 *
 * <ul>
 *   <li>{@link #words(String)}: lower-cased word tokens in order, punctuation dropped — for
 *       wording similarity (verbatim and near copies).</li>
 *   <li>{@link #terms(String)}: content terms — party names folded to one term ("voluntary
 *       sector", "VCOs" → {@code vcs}), stop words removed, Porter-stemmed — for meaning
 *       similarity (paraphrases) and indexing.</li>
 * </ul>
 * All methods are thread-safe.
 */
public final class TextTokens {
    /** Each phrase pattern's literal text, for a quick containment test; filled by {@link #loadPhrases()}. */
    private static final Map<Pattern, String> PHRASE_TEXT = new java.util.IdentityHashMap<>();
    private static final Map<Pattern, String> PHRASES = loadPhrases();
    // PorterStemmer keeps a buffer: one per thread.
    private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);
    // A word's stem never changes and a corpus reuses a small vocabulary: remembered, bounded.
    private static final int MAX_STEMS = 100_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> STEMS = new java.util.concurrent.ConcurrentHashMap<>();

    private TextTokens() {
    }

    /** Lower-cased word tokens in order; punctuation-only tokens dropped, "planning/" → "planning". */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String token : OpenNlpTokenizer.get().tokenize(text.toLowerCase(Locale.ROOT))) {
            // The model keeps "planning/" or "co-operation" whole; split on slashes, keep hyphens.
            int from = 0;
            while (from <= token.length()) {
                int slash = token.indexOf('/', from);
                int to = slash < 0 ? token.length() : slash;
                String word = trimToLettersAndDigits(token, from, to);
                if (word != null) {
                    out.add(word);
                }
                from = to + 1;
            }
        }
        return out;
    }

    /**
     * {@code token[from, to)} without leading and trailing characters other than letters and digits
     * (Unicode letters and numbers), or null when nothing is left or it holds a line separator.
     */
    private static String trimToLettersAndDigits(String token, int from, int to) {
        int start = from;
        while (start < to) {
            int cp = token.codePointAt(start);
            if (isLetterOrNumber(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        int end = to;
        while (end > start) {
            int cp = token.codePointBefore(end);
            if (isLetterOrNumber(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        if (start >= end) {
            return null;
        }
        for (int i = start; i < end; i++) {
            char c = token.charAt(i);
            // Tokens never span these, but a word holding one was never a word (the former regex's '.').
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        return token.substring(start, end);
    }

    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Content terms: party phrases folded, stop words removed, stemmed; in text order. */
    public static List<String> terms(String text) {
        return terms(words(text));
    }

    /**
     * Content terms of already tokenized {@link #words(String) words}: saves a second pass of the
     * tokenizer when both are needed.
     */
    public static List<String> terms(List<String> words) {
        List<String> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        String folded = " " + String.join(" ", words) + " ";
        for (Map.Entry<Pattern, String> phrase : PHRASES.entrySet()) {
            // The cheap test first: a phrase pattern is a quoted literal between spaces.
            if (folded.contains(PHRASE_TEXT.get(phrase.getKey()))) {
                folded = phrase.getKey().matcher(folded).replaceAll(phrase.getValue());
            }
        }
        int from = 0;
        while (from < folded.length()) {
            int space = folded.indexOf(' ', from);
            int to = space < 0 ? folded.length() : space;
            if (to > from) {
                String word = folded.substring(from, to);
                if (!isStopWord(word)) {
                    out.add(stem(word));
                }
            }
            from = to + 1;
        }
        return out;
    }

    /** The number of words in {@code s}: runs of characters that are not white space. */
    public static int wordCount(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean word = !Character.isWhitespace(s.charAt(i));
            if (word && !inWord) {
                count++;
            }
            inWord = word;
        }
        return count;
    }

    /** Whether a lower-case word is a function word (or genre boilerplate such as "will"). */
    public static boolean isStopWord(String lowerCaseWord) {
        return StopWords.contains(lowerCaseWord);
    }

    /** The Porter stem of a lower-case word. */
    public static String stem(String lowerCaseWord) {
        if (lowerCaseWord.length() < 3 || !Character.isLetter(lowerCaseWord.charAt(0))) {
            return lowerCaseWord;
        }
        String stem = STEMS.get(lowerCaseWord);
        if (stem == null) {
            stem = STEMMER.get().stem(lowerCaseWord);
            if (STEMS.size() >= MAX_STEMS) {
                STEMS.clear();
            }
            STEMS.put(lowerCaseWord, stem);
        }
        return stem;
    }

    private static Map<Pattern, String> loadPhrases() {
        Map<Pattern, String> phrases = new LinkedHashMap<>();
        try (InputStream in = TextTokens.class.getResourceAsStream("phrases.txt")) {
            if (in == null) {
                throw new IllegalStateException("phrases.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int arrow = line.indexOf("=>");
                if (line.isBlank() || line.startsWith("#") || arrow < 0) {
                    continue;
                }
                // Phrases are matched on the joined word tokens, so tokenise them the same way.
                String phrase = String.join(" ", words(line.substring(0, arrow)));
                String term = line.substring(arrow + 2).strip();
                Pattern pattern = Pattern.compile("(?<= )" + Pattern.quote(phrase) + "(?= )");
                PHRASE_TEXT.put(pattern, phrase);
                phrases.put(pattern, term);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return phrases;
    }
}
