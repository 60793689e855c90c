package io.github.compactkit.ingest;

import java.io.EOFException;
import java.util.zip.ZipException;
import org.xml.sax.SAXParseException;

/**
 * A short description of why a reader gave up, for the one-line message of a failure. Library
 * messages are never passed on: they name internal classes and often quote bytes of the file
 * (a damaged part name, a relationship list), which is noise to a user and can run to kilobytes.
 * The exception itself stays attached as the cause for whoever debugs.
 */
final class FailureDetail {
    private FailureDetail() {
    }

    /** What kind of damage {@code e} reports, in a few words. */
    static String of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException) {
                return "malformed XML";
            }
            if (t instanceof ZipException || isNamed(t, "NotOfficeXmlFileException", "ODFNotOfficeXmlFileException",
                    "InvalidFormatException", "InvalidOperationException", "POIXMLException", "PartAlreadyExistsException")) {
                return "the document package is damaged or incomplete";
            }
            if (t instanceof EOFException) {
                return "the file ends too early";
            }
            if (t instanceof LinkageError) {
                return "compressed with a method this build cannot decode";
            }
            if (t instanceof StackOverflowError) {
                return "structure nested too deeply";
            }
        }
        return "its content could not be decoded";
    }

    private static boolean isNamed(Throwable t, String... simpleNames) {
        String name = t.getClass().getSimpleName();
        for (String n : simpleNames) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
