/**
 * The {@code proctime} command-line tool (not API: its output formats are documented in --help).
 */
package io.github.proctime.examples.cli;
