/**
 * What every format of proctime shares: streaming {@link io.github.proctime.formats.RecordReader}s
 * and {@link io.github.proctime.formats.RecordWriter}s, strict and lenient reading, the {@link
 * io.github.proctime.formats.ReadReport} of a read and the {@link
 * io.github.proctime.formats.FormatException} for bad input.
 *
 * <p>The formats themselves are in {@code io.github.proctime.formats.json} (JSON and NDJSON),
 * {@code io.github.proctime.formats.csv} (the flat event log) and {@code
 * io.github.proctime.formats.portal} (the national portal's sync shape). The README's "Data
 * formats" section describes each format and links its JSON Schema.
 *
 * <p>Every method throws {@link java.lang.NullPointerException} naming the parameter when given a
 * null argument.
 */
package io.github.proctime.formats;
