package app.steppe.questionbank.web;

import java.util.List;

import app.steppe.questionbank.domain.QuestionBankQueries.SetSummary;
import app.steppe.questionbank.domain.validation.QuestionLimits;
import app.steppe.reading.ReadingText;

/**
 * The coverage page: a reading's current version paragraph by paragraph with how many questions cite each, and the
 * sets a new question citing it may go to.
 *
 * @param chosenSet the set the plain "cite this paragraph" links add to (null when the reading has no set)
 */
record Coverage(ReadingText reading, List<CoveredParagraph> paragraphs, List<SetSummary> sets, SetSummary chosenSet) {

    public long tested() {
        return paragraphs.stream().filter(CoveredParagraph::tested).count();
    }

    /** One paragraph; {@code questions} is the number of live questions citing it. */
    record CoveredParagraph(int number, String anchor, String text, long questions) {

        public boolean tested() {
            return questions > 0;
        }

        /**
         * The paragraph as the quote of a new question: whole, unless longer than a quote may be; then its start, cut
         * at a word. A start of the paragraph is still found in it, and the link stays short enough for any server.
         */
        public String quote() {
            return quoteOf(text);
        }
    }

    static String quoteOf(String text) {
        if (text.length() <= QuestionLimits.MAX_QUOTE_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', QuestionLimits.MAX_QUOTE_LENGTH);
        return text.substring(0, cut > 0 ? cut : QuestionLimits.MAX_QUOTE_LENGTH).strip();
    }
}
