package app.steppe.questionbank.web;

import java.math.BigDecimal;
import java.util.List;

import app.steppe.questionbank.domain.QuestionBankQueries.QuestionSummary;
import app.steppe.questionbank.domain.QuestionBankQueries.SetDetail;

/**
 * What the set page shows: the set (its questions already filtered), its description as safe HTML, one row per
 * question shown, and what the filters offer.
 *
 * @param total the number of live questions in the set, filtered or not
 * @param stale how many of them have a citation that no longer matches the reading, filtered or not
 * @param tags  every tag of the set's questions, for the tag filter
 */
record QuestionSetPage(SetDetail set, String descriptionHtml, List<Row> rows, int total, long stale,
        List<String> tags, QuestionSetFilter filter) {

    /**
     * One question. {@code number} is its place among all the set's questions (1..total), so filtering does not
     * renumber; {@code first}/{@code last} say whether it can move up or down.
     */
    record Row(QuestionSummary question, int number, boolean first, boolean last, String promptHtml,
            List<StaleCitation> staleCitations) {

        public String points() {
            BigDecimal points = question.points().stripTrailingZeros();
            return points.scale() < 0 ? points.setScale(0).toPlainString() : points.toPlainString();
        }
    }

    /** A quote the reading no longer contains, and the passage now closest to it (may be null). */
    record StaleCitation(String quote, String suggestion) {
    }
}
