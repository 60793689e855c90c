package io.github.compactkit.nlp;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * Part-of-speech tags from the OpenNLP English model (UD EWT, from the {@code opennlp-models-pos-en}
 * jar), as Penn Treebank tags ("MD", "VB", "NNP" …). Thread-safe.
 */
public final class PartOfSpeech {
    private static final List<String> KNOWN_MODELS = List.of("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");
    /**
     * Suffixes no English verb takes: nouns ("openness", "equality", "partnership", "neighbourhood") and adjectives
     * ("voluntary", "statutory", "various", "successful"); four letters or more before them, so "vary" and "harness" are still verbs.
     */
    private static final Pattern NOT_A_VERB = Pattern.compile("^\\p{L}{4,}(?:ness|ity|ship|hood|ary|ory|ous|ful)$");

    private PartOfSpeech() {
    }

    /** A sentence's tokens and their tags, index by index. */
    public record Tagged(List<String> tokens, List<String> tags) {
        public Tagged {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
        }

        public int size() {
            return tokens.size();
        }

        public String token(int i) {
            return tokens.get(i);
        }

        public String tag(int i) {
            return tags.get(i);
        }
    }

    /**
     * True when a phrase starts with a verb in its base form: an instruction or an item of a list
     * under "will:" ("Publish the criteria …"), not a title ("Funding and grants"). The phrase is
     * tagged after "We" so that the tagger sees the verb in a verb's place.
     */
    public static boolean startsWithBaseVerb(String phrase) {
        String s = phrase.strip().replaceFirst("^(?i)to\\s+(?=[a-z])", ""); // "To recognise and support …" as older compacts write
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        int end = s.indexOf(' ');
        String first = (end < 0 ? s : s.substring(0, end)).toLowerCase(Locale.ROOT);
        if (first.endsWith("ing") || first.endsWith("ed") || first.length() < 2 || NOT_A_VERB.matcher(first).matches()) {
            return false; // "Openness and honesty. …", "Voluntary and community organisations vary …": the tagger, primed with "We", can take such a word for a verb
        }
        String rest = end < 0 ? "" : s.substring(end + 1).toLowerCase(Locale.ROOT);
        boolean nounPair = rest.startsWith("and ") && (rest.split("\\s+").length <= 3 || rest.split("\\s+")[1].endsWith("ing"));
        if (rest.startsWith("of ") || nounPair || rest.isEmpty()) {
            return false; // "Purpose of the report", "Review and monitoring": nouns heading a title
        }
        String head = firstWords(s, 8); // the first words decide; tagging costs by the word
        Tagged own = tag(head);
        if (own.size() > 1 && own.tag(0).equals("NNP") && own.tag(1).equals("NNP")) {
            return false; // "Quarrybank Metropolitan Borough Council": a name, not an instruction
        }
        Tagged t = tag("We " + Character.toLowerCase(head.charAt(0)) + head.substring(1));
        if (!(t.size() > 2 && (t.tag(1).equals("VBP") || t.tag(1).equals("VB")))) {
            return false;
        }
        // "Greyhaven is one of …": a verb right after the first word makes that word the subject.
        String second = t.tag(2);
        return !(second.equals("VBZ") || second.equals("VBP") || second.equals("VBD") || second.equals("MD"));
    }

    private static String firstWords(String s, int n) {
        int spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' && ++spaces == n) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** Tokenises and tags one sentence (remembered: the extractors ask about the same sentence more than once). */
    public static Tagged tag(String sentence) {
        return Holder.CACHE.getUnchecked(sentence);
    }

    private static Tagged tagNow(String sentence) {
        String[] tokens = OpenNlpTokenizer.get().tokenize(sentence);
        String[] tags = Holder.TAGGER.tag(tokens);
        return new Tagged(List.of(tokens), List.of(tags));
    }

    private static final class Holder {
        static final ThreadSafePOSTaggerME TAGGER = load();
        static final LoadingCache<String, Tagged> CACHE = CacheBuilder.newBuilder()
                .maximumSize(50_000).build(CacheLoader.from(PartOfSpeech::tagNow));

        private static ThreadSafePOSTaggerME load() {
            try (InputStream in = OpenNlpModels.open("-pos-", KNOWN_MODELS)) {
                return new ThreadSafePOSTaggerME(new POSModel(in), POSTagFormat.PENN);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the OpenNLP English part-of-speech model", e);
            }
        }
    }
}
