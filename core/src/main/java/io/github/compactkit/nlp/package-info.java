/** Language tools: OpenNLP sentence splitting and tokens, loaded once from the bundled models. */
package io.github.compactkit.nlp;
