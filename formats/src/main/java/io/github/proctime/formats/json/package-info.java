/**
 * The JSON interchange formats: dossiers as one document ({@link
 * io.github.proctime.formats.json.DossierJson}) or as NDJSON ({@link
 * io.github.proctime.formats.json.DossierNdjson}), procedure catalogues ({@link
 * io.github.proctime.formats.json.ProcedureJson}), calendar overlays ({@link
 * io.github.proctime.formats.json.CalendarOverlayJson}, input only) and evaluations ({@link
 * io.github.proctime.formats.json.EvaluationJson}, output only).
 *
 * <p>Each document declares {@code format} and {@code formatVersion}; a JSON Schema (draft 2020-12)
 * for each version ships in this jar under {@code io/github/proctime/formats/schema/}. Readers
 * reject what they cannot read exactly: unknown fields, wrong types, unknown codes, date-times
 * without an offset, duplicate codes, duplicate keys.
 *
 * <p>Every method throws {@link java.lang.NullPointerException} naming the parameter when given a
 * null argument.
 */
package io.github.proctime.formats.json;
