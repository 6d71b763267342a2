package app.steppe.questionbank.web;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.QuestionSummary;
import app.steppe.questionbank.domain.QuestionBankQueries.SetDetail;
import app.steppe.questionbank.domain.markdown.MarkdownRenderer;

/** Builds the set page: Markdown rendered safely here, so templates only ever th:utext what this made. */
@Component
class QuestionSetPages {

    private final QuestionBankQueries queries;

    QuestionSetPages(QuestionBankQueries queries) {
        this.queries = queries;
    }

    QuestionSetPage page(long setId, QuestionSetFilter filter) {
        SetDetail all = queries.set(setId);
        SetDetail shown = filter.active()
                ? queries.set(setId, filter.tag(), filter.questionType(), filter.search())
                : all;
        List<QuestionSummary> order = all.questions();
        Map<Long, Integer> numbers = IntStream.range(0, order.size()).boxed()
                .collect(Collectors.toMap(i -> order.get(i).id(), i -> i + 1));
        List<QuestionSetPage.Row> rows = shown.questions().stream().map(q -> {
            int number = numbers.getOrDefault(q.id(), q.position());
            return new QuestionSetPage.Row(q, number, number == 1, number == order.size(),
                    MarkdownRenderer.render(q.prompt()), q.stale() ? staleCitations(q.id()) : List.of());
        }).toList();
        List<String> tags = order.stream().flatMap(q -> q.tags().stream())
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        long stale = order.stream().filter(QuestionSummary::stale).count();
        return new QuestionSetPage(shown, MarkdownRenderer.render(all.header().description()), rows, order.size(),
                stale, tags, filter);
    }

    /** Only questions flagged stale are read in full, to show the closest passage next to the lost quote. */
    private List<QuestionSetPage.StaleCitation> staleCitations(long questionId) {
        return queries.question(questionId).citations().stream()
                .filter(QuestionBankQueries.CitationView::stale)
                .map(c -> new QuestionSetPage.StaleCitation(c.quote(), c.suggestion()))
                .toList();
    }
}
