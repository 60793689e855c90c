/** Structure: blocks to a section tree, with the table of contents recognised and set aside. */
package io.github.compactkit.structure;
