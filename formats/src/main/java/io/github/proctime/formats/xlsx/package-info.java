/**
 * Excel (XLSX) reports: {@link io.github.proctime.formats.xlsx.EvaluationXlsx}.
 *
 * <p>Every method throws {@link java.lang.NullPointerException} naming the parameter when given a
 * null argument.
 */
package io.github.proctime.formats.xlsx;
