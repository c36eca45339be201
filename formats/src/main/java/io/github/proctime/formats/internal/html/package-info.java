/**
 * The implementation of the HTML and SVG documents. Unsupported: not exported, and may change
 * without notice; use {@link io.github.proctime.formats.html}.
 */
package io.github.proctime.formats.internal.html;
