/** The compactkit command line. */
package io.github.compactkit.cli;
