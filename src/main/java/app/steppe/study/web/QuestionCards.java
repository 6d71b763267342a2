package app.steppe.study.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.AskedQuestion;
import app.steppe.questionbank.QuestionBankApi.CitedPassage;
import app.steppe.questionbank.domain.markdown.MarkdownRenderer;
import app.steppe.questionbank.web.StudentQuestionViews;
import app.steppe.reading.Paragraph;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingText;

/** Builds {@link QuestionCard}s from the question bank's versions and the readings they cite. */
@Component
class QuestionCards {

    private final QuestionBankApi bank;
    private final ReadingApi readings;

    QuestionCards(QuestionBankApi bank, ReadingApi readings) {
        this.bank = bank;
        this.readings = readings;
    }

    Map<Long, AskedQuestion> asked(Collection<Long> versionIds) {
        return bank.asked(versionIds);
    }

    Optional<QuestionCard> card(long versionId, long seed) {
        return Optional.ofNullable(bank.asked(List.of(versionId)).get(versionId)).map(q -> card(q, seed));
    }

    QuestionCard card(AskedQuestion asked, long seed) {
        var content = asked.content();
        Map<Long, Optional<ReadingText>> texts = new HashMap<>();
        List<PassageView> passages = asked.passages().stream().map(p -> passage(p, texts)).toList();
        return new QuestionCard(asked.questionId(), asked.versionId(), seed, StudentQuestionViews.of(content, seed),
                RightAnswer.of(content.answer()), MarkdownRenderer.render(content.explanation()), passages,
                content.tags());
    }

    private PassageView passage(CitedPassage cited, Map<Long, Optional<ReadingText>> texts) {
        Optional<ReadingText> text = cited.readingVersionId() == null ? readings.currentBySlug(cited.readingSlug())
                : texts.computeIfAbsent(cited.readingVersionId(), readings::version);
        String title = text.map(ReadingText::title).orElse(cited.readingSlug());
        String top = "/readings/" + cited.readingSlug();
        if (cited.paragraphNo() == null || text.isEmpty()) {
            return PassageView.cut(cited.readingSlug(), title, top, null, null, cited.quote());
        }
        ReadingText reading = text.get();
        int no = cited.paragraphNo();
        // a citation of an older version links to that version, where its paragraph numbers hold
        String href = reading.slug().equals(cited.readingSlug()) && isCurrent(reading) ? reading.pathTo(no)
                : top + "?version=" + reading.version() + "#" + Paragraph.anchorFor(no);
        return PassageView.cut(cited.readingSlug(), title, href, no,
                reading.paragraph(no).map(Paragraph::text).orElse(null), cited.quote());
    }

    private boolean isCurrent(ReadingText version) {
        return readings.current(version.readingId()).map(c -> c.versionId() == version.versionId()).orElse(true);
    }
}
