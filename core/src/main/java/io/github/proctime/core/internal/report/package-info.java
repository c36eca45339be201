/**
 * The implementation of period reports: tallies, the bounded histogram and the dossier
 * classification. Unsupported: not exported, and may change without notice; use {@link
 * io.github.proctime.core.report.ReportAggregator}.
 */
package io.github.proctime.core.internal.report;
