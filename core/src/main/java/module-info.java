/**
 * compactkit's library: parse local compacts into a model, write it as JSON, compare compacts.
 *
 * <p>The API is the root package ({@code Compacts}, {@code CompactParser}), the model, the JSON
 * contract ({@code io}) and comparison ({@code compare}); {@code ingest} is exported for its reader
 * extension point ({@code DocumentReader}, {@code SourceDocument}, which {@code CompactParser.Builder}
 * takes). Layout, structure, extraction, NLP and limits are internal. Jackson reads the records
 * reflectively, so the packages it serialises are open to it.
 */
module io.github.compactkit {
    requires java.desktop;
    requires java.xml;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.google.common;
    requires org.apache.commons.compress;
    requires org.apache.commons.io;
    requires org.apache.opennlp.tools;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.scratchpad;
    requires org.apache.tika.core;
    requires org.apache.tika.parser.html;
    requires org.apache.tika.parser.microsoft;
    requires org.apache.tika.parser.miscoffice;
    requires org.apache.tika.parser.zip;

    exports io.github.compactkit;
    exports io.github.compactkit.model;
    exports io.github.compactkit.io;
    exports io.github.compactkit.compare;
    exports io.github.compactkit.ingest;
    // the report module labels themes as the extraction names them
    exports io.github.compactkit.extract to io.github.compactkit.report;

    opens io.github.compactkit to com.fasterxml.jackson.databind;
    opens io.github.compactkit.model to com.fasterxml.jackson.databind;
    opens io.github.compactkit.io to com.fasterxml.jackson.databind;
    opens io.github.compactkit.compare to com.fasterxml.jackson.databind;
}
