/**
 * The implementation of delay attribution and compliance checks. Unsupported: not exported, and may
 * change without notice; use {@link io.github.proctime.core.Attributor} and {@link
 * io.github.proctime.core.ComplianceCheck}.
 */
package io.github.proctime.core.internal.attribution;
