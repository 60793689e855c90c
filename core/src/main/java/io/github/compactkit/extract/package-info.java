/** Extract: from the section tree and blocks to principles, undertakings, action points and metadata. */
package io.github.compactkit.extract;
