/**
 * The pure domain of procedure-timeline accounting: procedures, dossiers, events, rule sets and
 * their evaluation.
 *
 * <p>Every method throws {@link java.lang.NullPointerException} naming the parameter when given a
 * null argument.
 */
package io.github.proctime.core;
