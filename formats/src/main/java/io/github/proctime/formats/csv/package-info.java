/** Comma-separated input and output, and the cell rules shared with spreadsheets. */
package io.github.proctime.formats.csv;
