/**
 * The pure domain of procedure-timeline accounting: procedures (thủ tục hành chính), dossiers (hồ
 * sơ), their event logs, rule sets and evaluation.
 *
 * <p>The entry point is {@link io.github.proctime.core.Evaluator}: given a {@link
 * io.github.proctime.calendar.WorkingCalendar}, a {@link
 * io.github.proctime.core.ProcedureCatalogue} and a {@link io.github.proctime.core.RuleBook}, it
 * turns a {@link io.github.proctime.core.Dossier} and an instant into an {@link
 * io.github.proctime.core.Evaluation}: due times, state, step ledger, pauses and explanation on the
 * occurred and the recorded timeline, and the {@link io.github.proctime.core.Finding}s of a lenient
 * evaluation.
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
    // Keep the generated code to JDK annotations: the module path does not carry jsr305 or
    // errorprone, which Guava brings onto the class path.
    allowedClasspathAnnotations = {Override.class})
package io.github.proctime.core;

import org.immutables.value.Value;
