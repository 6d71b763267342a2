package app.steppe.questionbank.web;

import java.util.List;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.web.QuestionForm.AcceptedRow;
import app.steppe.questionbank.web.QuestionForm.BlankRow;
import app.steppe.questionbank.web.QuestionForm.CitationRow;
import app.steppe.questionbank.web.QuestionForm.NumberRow;
import app.steppe.questionbank.web.QuestionForm.OptionRow;
import app.steppe.questionbank.web.QuestionForm.PairRow;

/**
 * Editor forms for tests, in the words of the course reading: one valid question of each type, written as the
 * editor itself writes a stored question (so form → content → form gives the same form back), and the request
 * parameters a browser would post for a form.
 */
final class QuestionEditorForms {

    static final String READING = "kazakhstan-crisis-china";
    static final String QUOTE = "The standard logic of the division of labor between Moscow and Beijing in Central Asia";
    static final String CONTINGENT_QUOTE = "the 2,030-strong contingent sent by the Collective Security Treaty Organization";

    private QuestionEditorForms() {
    }

    /** A valid question of this type, id {@code slug}. */
    static QuestionForm valid(QuestionType type, String slug) {
        Builder b = new Builder(type, slug);
        switch (type) {
            case SINGLE_CHOICE:
                b.options = List.of(new OptionRow("Russia: security; China: the economy", true, "Right: paragraph 1."),
                        new OptionRow("China: security; Russia: the economy", false, ""));
                b.fixedOrder = true;
                break;
            case MULTIPLE_RESPONSE:
                b.options = List.of(new OptionRow("Repairing the damage", true, ""),
                        new OptionRow("Reviving the economy", true, "*Yes*"),
                        new OptionRow("Sending troops", false, "No: that was the CSTO."));
                b.scoring = "all_or_nothing";
                break;
            case TRUE_FALSE:
                b.trueFalse = "false";
                b.feedbackTrue = "Read paragraph 1 again.";
                break;
            case NUMERIC:
                b.prompt = "How many troops did the CSTO send?";
                b.citations = List.of(new CitationRow(READING, CONTINGENT_QUOTE));
                b.numeric = new NumberRow("2030", "0", "");
                b.also = List.of(new NumberRow("2000", "5%", "0.5"));
                b.unit = "troops";
                break;
            case SHORT_TEXT:
                b.answers = List.of(new AcceptedRow("Tokayev", ""), new AcceptedRow("President", "0.5"));
                b.caseSensitive = true;
                break;
            case MATCHING:
                b.pairs = List.of(new PairRow("Russia", "security"), new PairRow("China", "the economy"));
                b.distractors = List.of("culture");
                break;
            case ORDERING:
                b.items = List.of("Standard logic stated", "Logic questioned", "Logic called outdated");
                break;
            case FILL_BLANKS:
                b.passage = "Russia is responsible for [[1]] and China for the [[2]].";
                b.blanks = List.of(new BlankRow(QuestionForm.TYPED,
                                List.of(new AcceptedRow("security", ""), new AcceptedRow("safety", "0.5")), "", ""),
                        new BlankRow(QuestionForm.CHOICE, List.of(), "economy\nculture\nmedia", "economy"));
                break;
            case ESSAY:
                b.rubric = "Names **both** roles.";
                b.maxWords = "250";
                break;
            default:
                throw new IllegalArgumentException(type.name());
        }
        return b.build();
    }

    /** What a browser posts for this form (an unticked checkbox sends nothing). */
    static MultiValueMap<String, String> params(QuestionForm form) {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        p.add("type", form.type());
        p.add("slug", form.slug());
        p.add("prompt", form.prompt());
        p.add("points", form.points());
        p.add("tags", form.tags());
        p.add("explanation", form.explanation());
        for (int i = 0; i < form.citations().size(); i++) {
            p.add("citations[" + i + "].reading", form.citations().get(i).reading());
            p.add("citations[" + i + "].quote", form.citations().get(i).quote());
        }
        for (int i = 0; i < form.options().size(); i++) {
            OptionRow o = form.options().get(i);
            p.add("options[" + i + "].text", o.text());
            if (o.correct()) {
                p.add("options[" + i + "].correct", "true");
            }
            p.add("options[" + i + "].feedback", o.feedback());
        }
        if (form.fixedOrder()) {
            p.add("fixedOrder", "true");
        }
        p.add("scoring", form.scoring());
        if (!form.trueFalse().isEmpty()) {
            p.add("trueFalse", form.trueFalse());
        }
        p.add("feedbackTrue", form.feedbackTrue());
        p.add("feedbackFalse", form.feedbackFalse());
        p.add("numeric.value", form.numeric().value());
        p.add("numeric.tolerance", form.numeric().tolerance());
        p.add("unit", form.unit());
        for (int i = 0; i < form.also().size(); i++) {
            p.add("also[" + i + "].value", form.also().get(i).value());
            p.add("also[" + i + "].tolerance", form.also().get(i).tolerance());
            p.add("also[" + i + "].credit", form.also().get(i).credit());
        }
        accepted(p, "answers", form.answers());
        if (form.caseSensitive()) {
            p.add("caseSensitive", "true");
        }
        for (int i = 0; i < form.pairs().size(); i++) {
            p.add("pairs[" + i + "].left", form.pairs().get(i).left());
            p.add("pairs[" + i + "].right", form.pairs().get(i).right());
        }
        for (int i = 0; i < form.distractors().size(); i++) {
            p.add("distractors[" + i + "]", form.distractors().get(i));
        }
        for (int i = 0; i < form.items().size(); i++) {
            p.add("items[" + i + "]", form.items().get(i));
        }
        p.add("passage", form.passage());
        for (int i = 0; i < form.blanks().size(); i++) {
            BlankRow blank = form.blanks().get(i);
            p.add("blanks[" + i + "].kind", blank.kind());
            accepted(p, "blanks[" + i + "].answers", blank.answers());
            p.add("blanks[" + i + "].choices", blank.choices());
            p.add("blanks[" + i + "].answer", blank.answer());
        }
        p.add("rubric", form.rubric());
        p.add("maxWords", form.maxWords());
        if (form.expectedVersionNo() != null) {
            p.add("expectedVersionNo", form.expectedVersionNo().toString());
        }
        return p;
    }

    private static void accepted(MultiValueMap<String, String> p, String prefix, List<AcceptedRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            p.add(prefix + "[" + i + "].text", rows.get(i).text());
            p.add(prefix + "[" + i + "].credit", rows.get(i).credit());
        }
    }

    /** A form field by field, with the values the mapper gives a stored question's unused fields. */
    static final class Builder {
        String type;
        String slug;
        String prompt = "According to the article, who is responsible for security in Central Asia?";
        String points = "1.5";
        String tags = "arguments, china";
        String explanation = "Paragraph 1 states the *standard logic*.";
        List<CitationRow> citations = List.of(new CitationRow(READING, QUOTE));
        List<OptionRow> options = List.of();
        boolean fixedOrder;
        String scoring = "";
        String trueFalse = "";
        String feedbackTrue = "";
        String feedbackFalse = "";
        NumberRow numeric = new NumberRow("", "", "");
        String unit = "";
        List<NumberRow> also = List.of();
        List<AcceptedRow> answers = List.of();
        boolean caseSensitive;
        List<PairRow> pairs = List.of();
        List<String> distractors = List.of();
        List<String> items = List.of();
        String passage = "";
        List<BlankRow> blanks = List.of();
        String rubric = "";
        String maxWords = "";
        Integer expectedVersionNo;

        Builder(QuestionType type, String slug) {
            this.type = type.yamlName();
            this.slug = slug;
        }

        QuestionForm build() {
            return new QuestionForm(type, slug, prompt, points, tags, explanation, citations, options, fixedOrder,
                    scoring, trueFalse, feedbackTrue, feedbackFalse, numeric, unit, also, answers, caseSensitive,
                    pairs, distractors, items, passage, blanks, rubric, maxWords, expectedVersionNo);
        }
    }
}
