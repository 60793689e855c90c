package io.github.compactkit.ingest;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.ParseFailure;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads word-processor and web formats (DOCX, DOC, ODT, RTF, HTML) through Apache Tika, keeping
 * their structure: headings with levels, list items with nesting, table rows with tab-separated
 * cells. Embedded files are not read. A document whose text expands far beyond its compressed size
 * (a zip bomb) or past {@link #DEFAULT_MAX_CHARS} fails with {@link ParseFailure#TOO_LARGE}.
 */
public final class TikaReader implements DocumentReader {
    /** Default largest amount of text read from one document. */
    public static final long DEFAULT_MAX_CHARS = 5_000_000L;

    private static final Map<String, Supplier<Parser>> PARSERS = Map.ofEntries(
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", OOXMLParser::new),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", OOXMLParser::new),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", OOXMLParser::new),
            Map.entry("application/msword", OfficeParser::new),
            Map.entry("application/vnd.oasis.opendocument.text", OpenDocumentParser::new),
            Map.entry("application/vnd.oasis.opendocument.text-template", OpenDocumentParser::new),
            Map.entry("application/rtf", RTFParser::new),
            Map.entry("text/html", JSoupParser::new),
            Map.entry("application/xhtml+xml", JSoupParser::new));

    private final long maxChars;

    /** A reader with the default text limit. */
    public TikaReader() {
        this(DEFAULT_MAX_CHARS);
    }

    /** A reader that stops with {@link ParseFailure#TOO_LARGE} past {@code maxChars} characters. */
    public TikaReader(long maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Password-protected OOXML (an encrypted package inside an OLE2 file) and ODF. */
    private static final java.util.Set<String> ENCRYPTED_TYPES = java.util.Set.of(
            "application/x-tika-ooxml-protected", "application/x-tika-msoffice-encrypted",
            "application/vnd.oasis.opendocument.text-encrypted");

    @Override
    public boolean supports(String mediaType) {
        return ReaderFormats.tika(mediaType);
    }

    @Override
    public SourceDocument read(byte[] bytes, String fileName, String mediaType) throws CompactParseException {
        if (ENCRYPTED_TYPES.contains(base(mediaType))) {
            throw new CompactParseException(ParseFailure.ENCRYPTED, fileName, null);
        }
        Supplier<Parser> parser = PARSERS.get(base(mediaType));
        if (parser == null) {
            throw new CompactParseException(ParseFailure.UNSUPPORTED_FORMAT, fileName, FormatDetector.describe(mediaType));
        }
        byte[] original = bytes;
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            java.util.Optional<String> bomb = ZipBombGuard.check(bytes);
            if (bomb.isPresent()) {
                throw new CompactParseException(ParseFailure.TOO_LARGE, fileName, bomb.get());
            }
            // Before POI or Tika build a tree: refuse parts nested too deep, clamp list levels.
            bytes = OfficePackageGuard.check(bytes, fileName);
        }
        if ((base(mediaType).equals("text/html") || base(mediaType).equals("application/xhtml+xml"))
                && HtmlTableNesting.depth(bytes) > TikaStructureHandler.MAX_DEPTH) {
            throw new CompactParseException(ParseFailure.TOO_COMPLEX, fileName,
                    "tables nested more than " + TikaStructureHandler.MAX_DEPTH + " deep");
        }
        TikaStructureHandler handler = new TikaStructureHandler(maxChars, base(mediaType).equals("application/rtf"));
        ParseContext context = new ParseContext();
        // Embedded objects (pictures, OLE attachments) are not part of the compact's text.
        context.set(Parser.class, EmptyParser.INSTANCE);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            SecureContentHandler secure = new SecureContentHandler(handler, stream);
            // The handler limits nesting itself, so deep nesting is reported as that, not as a zip bomb.
            secure.setMaximumDepth(Integer.MAX_VALUE);
            try {
                parser.get().parse(stream, secure, metadata, context);
            } catch (SAXException e) {
                try {
                    secure.throwIfCauseOf(e);
                } catch (TikaException bomb) {
                    throw new CompactParseException(ParseFailure.TOO_LARGE, fileName,
                            "text expands far beyond the file's size (zip bomb)", bomb);
                }
                throw e;
            }
        } catch (CompactParseException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new CompactParseException(ParseFailure.ENCRYPTED, fileName, null, e);
        } catch (ZeroByteFileException e) {
            throw new CompactParseException(ParseFailure.EMPTY, fileName, null, e);
        } catch (TikaStructureHandler.LimitReachedException e) {
            throw new CompactParseException(ParseFailure.TOO_LARGE, fileName, e.getMessage(), e);
        } catch (IOException | SAXException | TikaException | RuntimeException | LinkageError e) {
            if (causedBy(e, TikaStructureHandler.NestingTooDeepException.class)) {
                throw new CompactParseException(ParseFailure.TOO_COMPLEX, fileName,
                        "elements nested more than " + TikaStructureHandler.MAX_DEPTH + " deep", e);
            }
            if (isZipBomb(e)) {
                throw new CompactParseException(ParseFailure.TOO_LARGE, fileName,
                        "a part expands far beyond its compressed size (zip bomb)", e);
            }
            if (causedBy(e, TikaStructureHandler.LimitReachedException.class)) {
                throw new CompactParseException(ParseFailure.TOO_LARGE, fileName, "more than " + maxChars + " characters", e);
            }
            if (causedBy(e, EncryptedDocumentException.class)
                    || causedBy(e, org.apache.poi.EncryptedDocumentException.class)) {
                throw new CompactParseException(ParseFailure.ENCRYPTED, fileName, null, e);
            }
            throw new CompactParseException(ParseFailure.CORRUPT, fileName, FailureDetail.of(e), e);
        }
        List<SourceLine> lines = handler.lines();
        if (base(mediaType).contains("wordprocessingml") || base(mediaType).startsWith("application/vnd.ms-word.document")) {
            lines = withListLevels(lines, DocxListLevels.of(bytes).orElse(List.of()));
        } else if (base(mediaType).equals("application/msword")) {
            lines = withListLevels(lines, DocxListLevels.ofDoc(bytes).orElse(List.of()));
        } else if (base(mediaType).equals("application/rtf")) {
            lines = withRtfListItems(lines, RtfListLevels.of(bytes));
        }
        List<String> warnings = handler.furniture().isEmpty() ? List.of()
                : List.of("removed " + handler.furniture().size() + " page header and footer texts (see pageFurniture)");
        return new SourceDocument(fileName, base(mediaType), null, Hashes.sha256(original), lines,
                handler.furniture(), warnings);
    }

    /** Puts the Word numbering levels on the list lines, when both agree on the count. */
    private static List<SourceLine> withListLevels(List<SourceLine> lines, List<Integer> levels) {
        long items = lines.stream().filter(l -> l.hint() == LineHint.LIST_ITEM).count();
        if (levels.size() != items || items == 0) {
            return lines;
        }
        List<SourceLine> out = new java.util.ArrayList<>(lines.size());
        int next = 0;
        for (SourceLine line : lines) {
            if (line.hint() == LineHint.LIST_ITEM) {
                line = new SourceLine(line.text(), line.number(), line.page(), line.box(), line.hint(), levels.get(next++));
            }
            out.add(line);
        }
        return out;
    }

    /**
     * Marks the lines that are RTF bulleted paragraphs as list items with their levels: matched in
     * order by the start of their text, since Tika writes the first item of each list as a plain
     * paragraph and leaves every item at level 0.
     */
    private static List<SourceLine> withRtfListItems(List<SourceLine> lines, List<RtfListLevels.Item> items) {
        if (items.isEmpty()) {
            return lines;
        }
        List<SourceLine> out = new java.util.ArrayList<>(lines.size());
        int next = 0;
        for (SourceLine line : lines) {
            if (line.hint() != LineHint.HEADING && line.hint() != LineHint.TABLE_ROW && !line.isBlank()) {
                String signature = RtfListLevels.signature(line.text());
                // A few items may have no line of their own (Tika may merge or drop one): look a little ahead.
                for (int k = next; k < Math.min(items.size(), next + 4); k++) {
                    if (!signature.isEmpty() && items.get(k).signature().equals(signature)) {
                        line = new SourceLine(line.text(), line.number(), line.page(), line.box(), LineHint.LIST_ITEM,
                                items.get(k).level());
                        next = k + 1;
                        break;
                    }
                }
            }
            out.add(line);
        }
        return out;
    }

    private static String base(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** POI refuses zip entries that expand too much ("Zip bomb detected!"). */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }


}
