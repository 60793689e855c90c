/** Property-based and concurrency tests: bad or hostile input never escapes the API untyped or hangs. */
package io.github.compactkit.hardening;
