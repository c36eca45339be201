/**
 * The implementation of the dossier clock. Unsupported: not exported, and may change without
 * notice; use {@link io.github.proctime.core.Evaluator}.
 */
package io.github.proctime.core.internal;
