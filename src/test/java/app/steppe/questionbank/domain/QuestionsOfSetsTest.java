package app.steppe.questionbank.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.support.SteppeWebTest;

/** Several sets' questions at once are the same as asking set by set, and a set without questions gets an empty list. */
@SteppeWebTest
class QuestionsOfSetsTest {

    @Autowired QuestionBankApi bank;
    @Autowired QuestionBank questionBank;

    @Test
    void severalSetsAtOnceGiveWhatEachSetGivesAlone() {
        long shipped = bank.sets().stream().filter(s -> s.slug().equals("kazakhstan-2022")).findFirst().orElseThrow().id();
        long copy = questionBank.duplicateSet(shipped);
        long empty = questionBank.createSet(new SetHeader("empty-" + System.nanoTime(), "Empty", "", "kazakhstan-crisis-china",
                List.of())).value();

        var bySet = bank.questionsOfSets(List.of(shipped, copy, empty));

        assertThat(bySet.get(shipped)).isEqualTo(bank.questions(shipped)).hasSize(67);
        assertThat(bySet.get(copy)).isEqualTo(bank.questions(copy));
        assertThat(bySet.get(empty)).isEmpty();
    }
}
