/**
 * compactkit: parse local compacts into a structured model. Start at {@link io.github.compactkit.Compacts}.
 */
package io.github.compactkit;
