package app.steppe.study.web;

/**
 * A cited passage as the student sees it: the paragraph with the quote cut out of it to be highlighted
 * ({@code before}, {@code quote}, {@code after}; all plain text, escaped by the template) and the link to that
 * paragraph of the reading. When the quote cannot be placed in the paragraph (or the citation went stale), the
 * paragraph is {@code before} and the quote is shown on its own.
 *
 * @param href        the reading page at the paragraph, e.g. {@code /readings/slug#p7}, or the reading's top
 * @param paragraphNo the paragraph number, null if the citation is stale
 * @param placed      whether the quote was found in the paragraph
 */
record PassageView(String readingSlug, String readingTitle, String href, Integer paragraphNo, String before,
        String quote, String after, boolean placed) {

    /** Cuts the quote out of the paragraph (ignoring case); not found, the quote stands beside the paragraph. */
    static PassageView cut(String slug, String title, String href, Integer paragraphNo, String paragraph, String quote) {
        if (paragraph == null) {
            return new PassageView(slug, title, href, paragraphNo, "", quote, "", false);
        }
        int at = paragraph.toLowerCase(java.util.Locale.ROOT).indexOf(quote.toLowerCase(java.util.Locale.ROOT));
        if (quote.isBlank() || at < 0) {
            return new PassageView(slug, title, href, paragraphNo, paragraph, quote, "", false);
        }
        return new PassageView(slug, title, href, paragraphNo, paragraph.substring(0, at),
                paragraph.substring(at, at + quote.length()), paragraph.substring(at + quote.length()), true);
    }
}
