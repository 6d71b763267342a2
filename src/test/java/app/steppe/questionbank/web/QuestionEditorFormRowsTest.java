package app.steppe.questionbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.web.QuestionForm.AcceptedRow;
import app.steppe.questionbank.web.QuestionForm.BlankRow;
import app.steppe.questionbank.web.QuestionForm.OptionRow;

class QuestionEditorFormRowsTest {

    private final QuestionForm singleChoice = QuestionEditorForms.valid(QuestionType.SINGLE_CHOICE, "rows");

    @Test
    void savingIsNotARowAction() {
        assertThat(QuestionFormRows.apply(singleChoice, null)).isEmpty();
        assertThat(QuestionFormRows.apply(singleChoice, "save")).isEmpty();
    }

    @Test
    void addingAnOptionKeepsEverythingTypedAndAppendsAnEmptyRow() {
        QuestionForm after = QuestionFormRows.apply(singleChoice, "addOption").orElseThrow();

        assertThat(after.options()).hasSize(3).startsWith(singleChoice.options().toArray(OptionRow[]::new));
        assertThat(after.options().get(2)).isEqualTo(OptionRow.empty());
        assertThat(after.withOptions(singleChoice.options())).isEqualTo(singleChoice);
    }

    @Test
    void removingAnOptionRemovesThatRowOnly() {
        QuestionForm after = QuestionFormRows.apply(singleChoice, "removeOption:0").orElseThrow();

        assertThat(after.options()).containsExactly(singleChoice.options().get(1));
    }

    @Test
    void aForgedIndexLeavesTheFormAsItWas() {
        assertThat(QuestionFormRows.apply(singleChoice, "removeOption:7")).contains(singleChoice);
        assertThat(QuestionFormRows.apply(singleChoice, "removeOption:x")).contains(singleChoice);
        assertThat(QuestionFormRows.apply(singleChoice, "moveItem:0")).contains(singleChoice);
    }

    @Test
    void itemsMoveUpAndDownButNotOffTheList() {
        QuestionForm ordering = QuestionEditorForms.valid(QuestionType.ORDERING, "rows");

        assertThat(QuestionFormRows.apply(ordering, "moveItem:2:up").orElseThrow().items())
                .containsExactly("Standard logic stated", "Logic called outdated", "Logic questioned");
        assertThat(QuestionFormRows.apply(ordering, "moveItem:0:down").orElseThrow().items())
                .containsExactly("Logic questioned", "Standard logic stated", "Logic called outdated");
        assertThat(QuestionFormRows.apply(ordering, "moveItem:0:up").orElseThrow().items())
                .isEqualTo(ordering.items());
    }

    @Test
    void aBlankSwitchesKindAndItsTypedAnswersAreAddedAndRemovedInPlace() {
        QuestionForm blanks = QuestionEditorForms.valid(QuestionType.FILL_BLANKS, "rows");

        QuestionForm switched = QuestionFormRows.apply(blanks, "switchBlank:0").orElseThrow();
        QuestionForm added = QuestionFormRows.apply(blanks, "addBlankAnswer:0").orElseThrow();
        QuestionForm removed = QuestionFormRows.apply(blanks, "removeBlankAnswer:0:0").orElseThrow();

        assertThat(switched.blanks().get(0).kind()).isEqualTo(QuestionForm.CHOICE);
        assertThat(switched.blanks().get(0).answers()).isEqualTo(blanks.blanks().get(0).answers());
        assertThat(added.blanks().get(0).answers()).hasSize(3).last().isEqualTo(AcceptedRow.empty());
        assertThat(removed.blanks().get(0).answers()).containsExactly(new AcceptedRow("safety", "0.5"));
        assertThat(removed.blanks().get(1)).isEqualTo(blanks.blanks().get(1));
    }

    @Test
    void everyListHasItsAddButton() {
        QuestionForm empty = new QuestionEditorForms.Builder(QuestionType.MATCHING, "rows").build();
        List<String> actions = List.of("addCitation", "addAlso", "addAnswer", "addPair", "addDistractor", "addItem",
                "addBlank");

        QuestionForm after = empty;
        for (String action : actions) {
            after = QuestionFormRows.apply(after, action).orElseThrow();
        }

        assertThat(after.citations()).hasSize(2);
        assertThat(after.also()).hasSize(1);
        assertThat(after.answers()).hasSize(1);
        assertThat(after.pairs()).hasSize(1);
        assertThat(after.distractors()).hasSize(1);
        assertThat(after.items()).hasSize(1);
        assertThat(after.blanks()).containsExactly(BlankRow.empty());
    }
}
