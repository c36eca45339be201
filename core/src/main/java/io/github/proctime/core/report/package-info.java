/**
 * Period reports over evaluated dossiers: the counts a province prints for a month, quarter or
 * year, per unit, per official and per procedure, the on-time rates, apology compliance, the
 * national portal's timeliness indicator 2.1 (Quyết định 766/QĐ-TTg) and the lists of late
 * officials and units.
 *
 * <p>The entry point is {@link io.github.proctime.core.report.ReportAggregator}: feed it one
 * evaluated dossier at a time, read an immutable {@link
 * io.github.proctime.core.report.PeriodReport} at the end. Memory is bounded by the number of
 * groups, never by the number of dossiers.
 *
 * <p>Value types are immutable, equal by value and safe to share across threads. Every method
 * throws {@link java.lang.NullPointerException} naming the parameter when given a null argument.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    init = "*",
    allowedClasspathAnnotations = {Override.class})
package io.github.proctime.core.report;

import org.immutables.value.Value;
