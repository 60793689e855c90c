/** Reports for people: a self-contained HTML page and Markdown over comparisons of compacts. */
package io.github.compactkit.report;
