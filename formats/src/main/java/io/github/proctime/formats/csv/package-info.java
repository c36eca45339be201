/**
 * Comma-separated input and output: the flat event log ({@link
 * io.github.proctime.formats.csv.EventLogCsv}) and the cell rules shared with spreadsheets ({@link
 * io.github.proctime.formats.csv.SpreadsheetCells}).
 *
 * <p>Every method throws {@link java.lang.NullPointerException} naming the parameter when given a
 * null argument.
 */
package io.github.proctime.formats.csv;
