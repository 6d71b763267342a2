package app.steppe.attempt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class QuestionDrawTest {

    private static final List<QuestionDraw.Candidate> SET = List.of(
            new QuestionDraw.Candidate(1, List.of("csto")), new QuestionDraw.Candidate(2, List.of("csto")),
            new QuestionDraw.Candidate(3, List.of("border")), new QuestionDraw.Candidate(4, List.of("border")),
            new QuestionDraw.Candidate(5, List.of("engels")), new QuestionDraw.Candidate(6, List.of()));

    @Test
    void withoutRulesEveryQuestionIsDealtInTheSetsOrder() {
        assertThat(QuestionDraw.deal(SET, List.of(), false, new Random(1))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void shufflingDealsEveryQuestionOnceInAnOrderFixedByTheSeed() {
        var shuffled = QuestionDraw.deal(SET, List.of(), true, new Random(7));
        assertThat(shuffled).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(QuestionDraw.deal(SET, List.of(), true, new Random(7))).isEqualTo(shuffled);
        assertThat(LongStream.range(0, 20).mapToObj(seed -> QuestionDraw.deal(SET, List.of(), true, new Random(seed))).distinct())
                .hasSizeGreaterThan(1);
    }

    @Test
    void perTagRulesAreDrawnFirstSoTheWholeSetRuleCannotUseUpATagsQuestions() {
        for (long seed = 0; seed < 50; seed++) {
            var dealt = QuestionDraw.deal(SET, List.of(new QuestionDraw.Rule(Optional.empty(), 3),
                    new QuestionDraw.Rule(Optional.of("border"), 2)), false, new Random(seed));
            assertThat(dealt).hasSize(5).contains(3L, 4L).doesNotHaveDuplicates();
            assertThat(dealt).isSorted();
        }
    }

    @Test
    void aRuleAskingForMoreThanThereAreTakesWhatThereIs() {
        assertThat(QuestionDraw.deal(SET, List.of(new QuestionDraw.Rule(Optional.of("engels"), 4)), false, new Random(3)))
                .containsExactly(5L);
    }
}
