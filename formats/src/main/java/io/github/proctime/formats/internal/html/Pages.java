package io.github.proctime.formats.internal.html;

/**
 * The frame shared by the HTML documents: a self-contained page (inline CSS, no script, no network)
 * whose Content-Security-Policy forbids scripts and remote loads, so that even text that escaped
 * escaping could not run.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pages {
  /** The policy of every page: only inline styles and inline images. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private Pages() {}

  /**
   * Opens a page: doctype, head with title and style, and the body.
   *
   * @param out where to write
   * @param title untrusted title text
   * @param css the page's style sheet, written by this package
   */
  public static void open(Markup out, String title, String css) {
    out.raw("<!DOCTYPE html>").nl();
    out.raw("<html lang=\"vi\">").nl();
    out.raw("<head>").nl();
    out.raw("<meta charset=\"utf-8\">").nl();
    out.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .raw(CONTENT_SECURITY_POLICY)
        .raw("\">")
        .nl();
    out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").nl();
    out.element("title", title).nl();
    out.raw("<style>").nl().raw(css).raw("</style>").nl();
    out.raw("</head>").nl();
    out.raw("<body>").nl();
  }

  /**
   * Closes a page opened by {@link #open}.
   *
   * @param out where to write
   */
  public static void close(Markup out) {
    out.raw("</body>").nl().raw("</html>").nl();
  }
}
