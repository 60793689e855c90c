/**
 * The evaluation harness: scores a parse against gold with the rule of {@code corpus/tools/score.py}
 * (token similarity ≥ 0.85, greedy one-to-one matching, best first). Start at
 * {@link io.github.compactkit.corpus.eval.Scorer}.
 */
package io.github.compactkit.corpus.eval;
