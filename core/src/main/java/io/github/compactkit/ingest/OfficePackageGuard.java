package io.github.compactkit.ingest;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.ParseFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Checks the XML parts of a DOCX or ODT package with a streaming (StAX) reader before POI or Tika
 * builds anything from them. Both recurse over the element tree (POI counts a part's depth
 * recursively before its own limit applies), so a part nested thousands of levels deep overflows
 * the stack: such a package fails with {@link ParseFailure#TOO_COMPLEX} here, where counting the
 * depth costs a loop, not a stack frame per level.
 *
 * <p>Word list levels ({@code w:ilvl}) outside Word's own range 0–8 are clamped into it: Tika's
 * list numbering grows a counter array up to the level, so a level of 2,147,483,647 ran a parse
 * out of memory. Only a package that holds such a level is rewritten.
 */
final class OfficePackageGuard {
    /** Deepest element nesting accepted; real Word and ODF parts stay well under 40. */
    static final int MAX_DEPTH = 256;
    /** Word's list levels are 0 to 8. */
    static final int MAX_LIST_LEVEL = 8;
    /** The most XML read from one part; the zip-bomb guard has already bounded the total. */
    private static final long MAX_PART_BYTES = 1L << 30;

    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName WORD_VAL = new QName(WORD_NS, "val");
    private static final QName WORD_ILVL = new QName(WORD_NS, "ilvl");

    private static final XMLInputFactory INPUT = inputFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
    private static final XMLEventFactory EVENTS = XMLEventFactory.newDefaultFactory();

    private OfficePackageGuard() {
    }

    /**
     * The package to read: {@code bytes} itself, or a copy with list levels clamped.
     *
     * @throws CompactParseException {@link ParseFailure#TOO_COMPLEX} when a part nests too deep
     */
    static byte[] check(byte[] bytes, String fileName) throws CompactParseException {
        List<String> toClamp = new ArrayList<>();
        try (ZipFile zip = open(bytes)) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (!isXml(entry.getName())) {
                    continue;
                }
                Scan scan = scan(zip, entry);
                if (scan.depth() > MAX_DEPTH) {
                    throw new CompactParseException(ParseFailure.TOO_COMPLEX, fileName,
                            "XML elements nested more than " + MAX_DEPTH + " deep in " + safeName(entry.getName()));
                }
                if (scan.levelOutOfRange()) {
                    toClamp.add(entry.getName());
                }
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // Not a zip we can list, or an entry in a codec that is not installed (zstd): the reader reports it.
            return bytes;
        }
        return toClamp.isEmpty() ? bytes : withLevelsClamped(bytes, toClamp);
    }

    /** What a part's scan found: its deepest nesting (stopping past the limit) and any bad list level. */
    private record Scan(int depth, boolean levelOutOfRange) {
    }

    private static Scan scan(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        int depth = 0;
        int deepest = 0;
        boolean badLevel = false;
        XMLStreamReader reader = null;
        try (InputStream in = bounded(zip.getInputStream(entry))) {
            reader = INPUT.createXMLStreamReader(in);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    deepest = Math.max(deepest, depth);
                    if (deepest > MAX_DEPTH) {
                        break;
                    }
                    badLevel |= hasLevelOutOfRange(reader);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            // Malformed XML: the reader reports the damage; only what was seen before counts here.
        } finally {
            closeQuietly(reader);
        }
        return new Scan(deepest, badLevel);
    }

    /** {@code <w:ilvl w:val="…">} in a paragraph, or {@code <w:lvl w:ilvl="…">} in the numbering part. */
    private static boolean hasLevelOutOfRange(XMLStreamReader reader) {
        if (!WORD_NS.equals(reader.getNamespaceURI())) {
            return false;
        }
        String local = reader.getLocalName();
        String value = "ilvl".equals(local) ? reader.getAttributeValue(WORD_NS, "val")
                : "lvl".equals(local) ? reader.getAttributeValue(WORD_NS, "ilvl") : null;
        return value != null && !clamp(value).equals(value);
    }

    /** A list level as Word would take it: a whole number from 0 to 8; anything else made so. */
    static String clamp(String value) {
        BigInteger level;
        try {
            level = new BigInteger(value.strip());
        } catch (NumberFormatException e) {
            return "0";
        }
        if (level.signum() < 0) {
            return "0";
        }
        return level.compareTo(BigInteger.valueOf(MAX_LIST_LEVEL)) > 0 ? String.valueOf(MAX_LIST_LEVEL) : level.toString();
    }

    /** A copy of the package in which the named parts have their list levels clamped. */
    private static byte[] withLevelsClamped(byte[] bytes, List<String> parts) {
        Map<String, byte[]> rewritten = new TreeMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1024);
        try (ZipFile zip = open(bytes)) {
            for (String part : parts) {
                rewritten.put(part, clampLevels(zip, zip.getEntry(part)));
            }
            try (ZipArchiveOutputStream copy = new ZipArchiveOutputStream(out)) {
                Enumeration<ZipArchiveEntry> entries = zip.getEntries();
                while (entries.hasMoreElements()) {
                    ZipArchiveEntry entry = entries.nextElement();
                    byte[] replacement = rewritten.get(entry.getName());
                    if (replacement == null) {
                        copy.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
                    } else {
                        ZipArchiveEntry fresh = new ZipArchiveEntry(entry.getName());
                        copy.putArchiveEntry(fresh);
                        copy.write(replacement);
                        copy.closeArchiveEntry();
                    }
                }
            }
            return out.toByteArray();
        } catch (IOException | XMLStreamException | RuntimeException | LinkageError e) {
            // The package cannot be rewritten: the reader meets the original and reports its damage.
            return bytes;
        }
    }

    private static byte[] clampLevels(ZipFile zip, ZipArchiveEntry entry) throws IOException, XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLEventReader reader = null;
        XMLEventWriter writer = null;
        try (InputStream in = bounded(zip.getInputStream(entry))) {
            reader = INPUT.createXMLEventReader(in);
            writer = OUTPUT.createXMLEventWriter(out, "UTF-8");
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartDocument()) {
                    writer.add(EVENTS.createStartDocument("UTF-8", "1.0", true));
                    continue;
                }
                writer.add(event.isStartElement() ? clamped(event.asStartElement()) : event);
            }
            writer.flush();
        } finally {
            if (writer != null) {
                writer.close();
            }
            if (reader != null) {
                reader.close();
            }
        }
        return out.toByteArray();
    }

    private static StartElement clamped(StartElement element) {
        QName name = element.getName();
        if (!WORD_NS.equals(name.getNamespaceURI())) {
            return element;
        }
        QName levelAttribute = "ilvl".equals(name.getLocalPart()) ? WORD_VAL
                : "lvl".equals(name.getLocalPart()) ? WORD_ILVL : null;
        if (levelAttribute == null || element.getAttributeByName(levelAttribute) == null) {
            return element;
        }
        List<Attribute> attributes = new ArrayList<>();
        for (Iterator<Attribute> it = element.getAttributes(); it.hasNext();) {
            Attribute a = it.next();
            attributes.add(a.getName().equals(levelAttribute) ? EVENTS.createAttribute(a.getName(), clamp(a.getValue())) : a);
        }
        return EVENTS.createStartElement(name, attributes.iterator(), element.getNamespaces());
    }

    private static ZipFile open(byte[] bytes) throws IOException {
        return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
    }

    private static InputStream bounded(InputStream in) throws IOException {
        return BoundedInputStream.builder().setInputStream(in).setMaxCount(MAX_PART_BYTES).get();
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** A part name fit for a one-line message: short and printable, or left out. */
    private static String safeName(String name) {
        return name.length() <= 80 && name.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? name : "one part";
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to release
            }
        }
    }

    private static XMLInputFactory inputFactory() {
        // The JDK's own StAX parser: no DTDs, no external entities, and no depth limit of its own.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
