package io.github.compactkit.hardening;

import io.github.compactkit.CompactParser;
import io.github.compactkit.OcrMode;
import io.github.compactkit.ParseFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The PDF path under damaged input: the committed seed PDFs truncated, with bytes overwritten, with
 * garbage spliced in, and random bytes behind a PDF header. A model or a typed failure, never an
 * untyped exception, never a hang. PDFBox's own runtime errors on garbage come back as
 * {@link ParseFailure#CORRUPT}, which is allowed here.
 */
class PdfParsingPropertiesTest {
    /** Damage to the PDF structure is under test, not OCR: a page whose text is destroyed is not sent to Tesseract. */
    private static final CompactParser PARSER = CompactParser.builder().ocr(OcrMode.NEVER).build();
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Set<ParseFailure> PDF_FAILURES = EnumSet.of(ParseFailure.EMPTY, ParseFailure.NOT_TEXT,
            ParseFailure.UNSUPPORTED_FORMAT, ParseFailure.CORRUPT, ParseFailure.ENCRYPTED, ParseFailure.NO_TEXT_LAYER);
    /** The smaller seed PDFs keep a try cheap; damage is what is being tested, not size. */
    private static final List<byte[]> SEEDS = List.of(read("bromley.pdf"), read("west-kent.pdf"));

    @Property
    void damagedPdfsParseOrFailTyped(@ForAll("damagedPdfs") byte[] pdf) {
        Outcomes.parseWithin(LIMIT, PDF_FAILURES, () -> PARSER.parse(pdf, "damaged.pdf"));
    }

    @Property
    void randomBytesBehindAPdfHeaderFailTyped(@ForAll("headedGarbage") byte[] pdf) {
        Outcomes.parseWithin(LIMIT, PDF_FAILURES, () -> PARSER.parse(pdf, "garbage.pdf"));
    }

    @Provide
    Arbitrary<byte[]> damagedPdfs() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
        Arbitrary<byte[]> truncated = Combinators.combine(seed, Arbitraries.doubles().between(0, 1))
                .as((b, f) -> Arrays.copyOf(b, (int) (b.length * f)));
        Arbitrary<byte[]> overwritten = Combinators.combine(seed, Arbitraries.longs(), Arbitraries.integers().between(1, 200))
                .as((b, rnd, count) -> overwrite(b, rnd, count));
        Arbitrary<byte[]> spliced = Combinators.combine(seed, Arbitraries.doubles().between(0, 1),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(4_000))
                .as((b, f, garbage) -> splice(b, (int) (b.length * f), garbage));
        return Arbitraries.oneOf(truncated, overwritten, spliced);
    }

    @Provide
    Arbitrary<byte[]> headedGarbage() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000).map(b -> splice("%PDF-1.7\n".getBytes(), 9, b));
    }

    private static byte[] overwrite(byte[] b, long seed, int count) {
        byte[] copy = b.clone();
        java.util.Random rnd = new java.util.Random(seed);
        for (int i = 0; i < count; i++) {
            copy[rnd.nextInt(copy.length)] = (byte) rnd.nextInt(256);
        }
        return copy;
    }

    private static byte[] splice(byte[] b, int at, byte[] garbage) {
        byte[] out = new byte[b.length + garbage.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(garbage, 0, out, at, garbage.length);
        System.arraycopy(b, at, out, at + garbage.length, b.length - at);
        return out;
    }

    private static byte[] read(String name) {
        try {
            return Files.readAllBytes(Path.of("..", "corpus", "pdf", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
