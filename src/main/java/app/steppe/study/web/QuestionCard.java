package app.steppe.study.web;

import java.util.List;

import app.steppe.questionbank.web.StudentQuestionView;

/**
 * A question with everything a student may see once they answered: the front (the question without its key) and
 * the back (the right answer, the explanation and the cited passages). A page that has not shown the answer yet
 * renders the front only.
 */
record QuestionCard(long questionId, long versionId, long seed, StudentQuestionView front, RightAnswer answer,
        String explanationHtml, List<PassageView> passages, List<String> tags) {

    public boolean isEssay() {
        return "ESSAY".equals(answer.type());
    }
}
