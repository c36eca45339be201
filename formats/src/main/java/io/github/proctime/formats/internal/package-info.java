/**
 * The implementation of proctime's formats: codecs, tokenizers and reader machinery. Unsupported:
 * not exported, and may change in any release.
 */
package io.github.proctime.formats.internal;
