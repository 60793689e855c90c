package io.github.compactkit.extract;

import io.github.compactkit.structure.LocatedBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own definitions of the names it uses for the parties: "In this Compact 'the
 * Council' means … and also the CCG and the police", "'VOs' means voluntary organisations", "In this
 * booklet **we** means the Council …" (a term set in bold is quoted as much as one in quotation marks),
 * plus its acronyms. Keys are lower case.
 */
final class Definitions {
    private static final Pattern QUOTED = Pattern.compile(
            "(?:[\u2018'\u201C\"]|\\*\\*)([^\u2019'\u201D\"*]{2,60})(?:[\u2019'\u201D\"]|\\*\\*)\\s*,?\\s*(?:means|refers to|includes|covers|is used to mean|also means|shall mean)\\s+"
                    + "([^.;\"\u201C\u2018(]{3,300}?)(?=\\s*(?:,?\\s*and\\s+)?['\"\u201C\u2018]|[.;(]|$)");

    /** "In this booklet we means …", "In this document you or groups means …": a term defined for the whole document. */
    private static final Pattern FRAMED = Pattern.compile(
            "(?i)\\bin this (?:booklet|document|compact|leaflet|charter|agreement|guide|page)\\s*,?\\s+([a-z][a-z ]{0,30}?)\\s+"
                    + "(?:means|refers to)\\s+([^.;]{3,300})");

    /** "In this Code, funders, commissioners and grant-making bodies are the public bodies …, and funded organisations … are …". */
    private static final Pattern FRAMED_ROLES = Pattern.compile(
            "(?i)\\bin this (?:code|compact|document|charter|agreement|guide|section|part)\\s*,\\s+([^.]{10,600})");
    private static final Pattern ROLES_ARE = Pattern.compile("(?i)^(.{3,200}?)\\s+(?:are|is|means|mean)\\s+(?:the\\s+)?(.{3,200})$");
    private static final int MAX_ROLE_WORDS = 4;

    private Definitions() {
    }

    /** Each role of a framed list ("funders, commissioners and grant-making bodies are the public bodies …") and its meaning. */
    private static void roles(String text, Map<String, String> out) {
        Matcher framed = FRAMED_ROLES.matcher(text);
        while (framed.find()) {
            for (String clause : framed.group(1).split(",\\s+and\\s+|;\\s+")) {
                Matcher are = ROLES_ARE.matcher(clause.strip());
                if (!are.matches() || PartyPhrases.sectorOf(are.group(2)).isEmpty()) {
                    continue;
                }
                for (String role : are.group(1).split(",\\s+|\\s+and\\s+|\\s+or\\s+")) {
                    String term = role.strip().toLowerCase(Locale.ROOT);
                    if (!term.isEmpty() && term.split("\\s+").length <= MAX_ROLE_WORDS) {
                        out.putIfAbsent(term, are.group(2).strip());
                    }
                }
            }
        }
    }

    static Map<String, String> of(List<LocatedBlock> blocks, Map<String, String> acronyms) {
        Map<String, String> out = new LinkedHashMap<>();
        acronyms.forEach((k, v) -> out.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
        for (LocatedBlock located : blocks) {
            String text = located.block().text();
            roles(text, out);
            Matcher framed = FRAMED.matcher(text);
            while (framed.find()) {
                for (String term : framed.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+or\\s+")) {
                    out.putIfAbsent(term.strip(), framed.group(2).strip());
                }
            }
            if (text.indexOf('\'') < 0 && text.indexOf('\u2018') < 0 && text.indexOf('"') < 0 && text.indexOf('\u201C') < 0
                    && !text.contains("**")) {
                continue;
            }
            Matcher m = QUOTED.matcher(text);
            while (m.find()) {
                String term = m.group(1).strip().toLowerCase(Locale.ROOT);
                // "In this part 'we' means …" holds for its part only: there "we" is read from the part's heading.
                boolean partOnly = text.toLowerCase(Locale.ROOT).matches("(?s).*\\bin this (part|section|chapter)\\b.*");
                if (!(partOnly && term.matches("we|us|our|they|you"))) {
                    out.put(term, m.group(2).strip());
                }
            }
        }
        return out;
    }
}
