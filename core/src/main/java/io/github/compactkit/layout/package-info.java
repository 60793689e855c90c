/** Layout: lines to blocks (headings, paragraphs, list items with level and marker, table rows). */
package io.github.compactkit.layout;
