package app.steppe.questionbank.domain;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.shared.web.NotFoundException;

/** A set in the format of questions/: export → import gives the same set. */
@Service
@Transactional(readOnly = true)
public class QuestionSetExport {

    private final QuestionSetRepository sets;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;

    QuestionSetExport(QuestionSetRepository sets, QuestionRepository questions, QuestionVersionRepository versions) {
        this.sets = sets;
        this.questions = questions;
        this.versions = versions;
    }

    public QuestionSetContent content(long setId) {
        QuestionSet set = sets.findById(setId).filter(s -> !s.isArchived())
                .orElseThrow(() -> new NotFoundException("question set"));
        List<Question> live = questions.findBySetIdAndDeletedFalseOrderByPositionAsc(setId);
        Map<Long, QuestionVersion> current = versions.currentOf(live);
        SetHeader header = set.header();
        return new QuestionSetContent(header.slug(), header.title(), header.description(), header.readingSlug(),
                header.tags(), live.stream().map(q -> current.get(q.getCurrentVersionId()).content()).toList());
    }

    public String yaml(long setId) {
        return QuestionSetYaml.write(content(setId));
    }
}
