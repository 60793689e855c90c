/** Writing and reading the model: JSON (Jackson) per the documented contract. */
package io.github.compactkit.io;
