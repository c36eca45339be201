/**
 * Documents people read, as self-contained HTML and SVG: the process-control slip ({@link
 * ControlSlips}), the apology letter draft ({@link ApologyDrafts}), the timeline picture of a
 * dossier ({@link TimelinePictures}) and the period report page ({@link ReportPages}, whose links
 * to the timeline pictures a {@link LinkPolicy} chooses).
 *
 * <p>Every document is a {@code String} the caller writes where it wants; nothing here does I/O.
 * All text taken from dossiers, procedures and callers (names, units, codes, reasons) is escaped,
 * so a crafted name such as {@code <script>alert(1)</script>} shows as text. HTML pages carry a
 * Content-Security-Policy that forbids scripts and every network load; they open offline.
 *
 * <p>Instants are written in the calendar's zone where a calendar is given, otherwise in {@code
 * Asia/Ho_Chi_Minh}; the report page uses the report period's zone. Inputs that do not belong
 * together throw {@link DocumentInputException}. Every method throws {@link
 * java.lang.NullPointerException} naming the parameter when given a null argument.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    init = "*",
    allowedClasspathAnnotations = {Override.class})
package io.github.proctime.formats.html;

import org.immutables.value.Value;
