package io.github.compactkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.compare.CompactComparison;
import io.github.compactkit.compare.ComparisonJson;
import io.github.compactkit.compare.MatchKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} matches by meaning by default; {@code --no-semantic} by wording and terms only. */
class CompareByMeaningTest {
    static final Path A = Path.of("..", "corpus", "compacts", "hollinsbury.txt");
    static final Path B = Path.of("..", "corpus", "compacts", "varley.txt");

    @TempDir
    Path tmp;

    @Test
    void findsParaphrasesThatWordsAloneMiss() throws Exception {
        Path cache = tmp.resolve("vectors.bin");
        CliRun byMeaning = CliRun.of("compare", A.toString(), B.toString(), "--format", "json", "--embedding-cache", cache.toString());
        CliRun byWords = CliRun.of("compare", A.toString(), B.toString(), "--format", "json", "--no-semantic");
        assertEquals(0, byMeaning.exitCode(), byMeaning.err());
        assertEquals(0, byWords.exitCode(), byWords.err());
        CompactComparison meaning = ComparisonJson.read(byMeaning.out());
        CompactComparison words = ComparisonJson.read(byWords.out());
        long paraphrases = meaning.matches().stream().filter(m -> m.kind() == MatchKind.PARAPHRASE).count();
        long lexical = words.matches().stream().filter(m -> m.kind() == MatchKind.PARAPHRASE).count();
        assertTrue(paraphrases > lexical, paraphrases + " paraphrases by meaning, " + lexical + " by words");
        assertTrue(meaning.matches().size() > words.matches().size());
        assertTrue(Files.size(cache) > 0, "the cache file is written");
        CliRun again = CliRun.of("compare", A.toString(), B.toString(), "--format", "json", "--embedding-cache", cache.toString());
        assertEquals(byMeaning.out(), again.out(), "vectors read back from the cache give the same comparison");
    }
}
