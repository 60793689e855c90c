/**
 * The bundled corpus: compacts (and one document that is not a compact) in one or more renderings,
 * with their gold annotations. Start at {@link io.github.compactkit.corpus.Corpus#bundled()}.
 */
package io.github.compactkit.corpus;
