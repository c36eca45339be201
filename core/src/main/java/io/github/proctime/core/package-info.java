/**
 * The pure domain of procedure-timeline accounting: procedures (thủ tục hành chính), dossiers (hồ
 * sơ), their event logs, rule sets and evaluation.
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
