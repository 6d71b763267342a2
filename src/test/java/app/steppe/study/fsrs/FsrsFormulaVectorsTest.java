package app.steppe.study.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The single-formula checks of {@code peer-fixtures/fsrs/formula-vectors.json}, one test per group. */
class FsrsFormulaVectorsTest {

    private static final List<JsonNode> GROUPS = ReferenceCases.load("formula-vectors.json");
    private static final FsrsModel DEFAULT = new FsrsModel(Weights.FSRS6_DEFAULT, true);

    private static JsonNode group(String name) {
        return GROUPS.stream().filter(g -> g.get("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no vector group " + name));
    }

    private static double tolerance(JsonNode group) {
        return group.get("tolerance_abs").asDouble();
    }

    @Test
    void everyGroupOfTheFixtureIsCheckedHere() {
        assertThat(GROUPS).extracting(g -> g.get("name").asString()).containsExactlyInAnyOrder(
                "retrievability/default-decay", "retrievability/decay-0.2", "difficulty/next-from-5",
                "stability/recall-formula", "stability/forget-formula-uncapped", "stability/same-day",
                "interval/from-desired-retention", "difficulty-stability/initial",
                "memory/next-state-good-after-21-days", "steps/anki-learning-step-delays", "fuzz/anki-review-fuzz",
                "fuzz/ranges-for-integer-intervals");
    }

    @Test
    void retrievabilityFollowsTheForgettingCurveWithDefaultDecay() {
        checkRetrievability(group("retrievability/default-decay"), DEFAULT);
    }

    @Test
    void retrievabilityFollowsTheForgettingCurveWithDecayPointTwo() {
        double[] w = Weights.FSRS6_DEFAULT.toArray();
        w[20] = 0.2;
        checkRetrievability(group("retrievability/decay-0.2"), new FsrsModel(Weights.of(w), true));
    }

    private static void checkRetrievability(JsonNode g, FsrsModel model) {
        for (int i = 0; i < g.get("inputs").size(); i++) {
            JsonNode in = g.get("inputs").get(i);
            assertThat(model.retrievability(in.get("t_days").asDouble(), in.get("S").asDouble()))
                    .isCloseTo(g.get("expected").get(i).asDouble(), within(tolerance(g)));
        }
    }

    @Test
    void nextDifficultyIsDampedAndRevertsTowardsTheMean() {
        JsonNode g = group("difficulty/next-from-5");
        for (int i = 0; i < 4; i++) {
            JsonNode in = g.get("inputs").get(i);
            // ts-fsrs rounds every intermediate to 8 decimals, which moves Hard by 9e-9 (fsrs-spec.md §3)
            assertThat(DEFAULT.nextDifficulty(in.get("D").asDouble(), Rating.of(in.get("G").asInt())))
                    .isCloseTo(g.get("expected").get(i).asDouble(), within(1e-8));
        }
    }

    @Test
    void recallStabilityGrowsWithForgettingAndWithEase() {
        JsonNode g = group("stability/recall-formula");
        for (int i = 0; i < 4; i++) {
            JsonNode in = g.get("inputs").get(i);
            assertThat(DEFAULT.recallStability(in.get("D").asDouble(), in.get("S").asDouble(), in.get("R").asDouble(),
                    Rating.of(in.get("G").asInt()))).isCloseTo(g.get("expected").get(i).asDouble(), within(tolerance(g)));
        }
    }

    @Test
    void stabilityAfterALapseFollowsTheForgetFormula() {
        JsonNode g = group("stability/forget-formula-uncapped");
        for (int i = 0; i < 4; i++) {
            JsonNode in = g.get("inputs").get(i);
            assertThat(DEFAULT.forgetStability(in.get("D").asDouble(), in.get("S").asDouble(), in.get("R").asDouble()))
                    .isCloseTo(g.get("expected").get(i).asDouble(), within(tolerance(g)));
        }
    }

    @Test
    void aSameDayPassNeverLowersStabilityButASameDayAgainMay() {
        JsonNode g = group("stability/same-day");
        for (int i = 0; i < 4; i++) {
            JsonNode in = g.get("inputs").get(i);
            assertThat(DEFAULT.sameDayStability(in.get("S").asDouble(), Rating.of(in.get("G").asInt())))
                    .isCloseTo(g.get("expected").get(i).asDouble(), within(tolerance(g)));
        }
    }

    @Test
    void theIntervalShrinksAsDesiredRetentionRisesAndIsAtLeastOneDay() {
        JsonNode g = group("interval/from-desired-retention");
        for (int i = 0; i < g.get("inputs").size(); i++) {
            double retention = g.get("inputs").get(i).get("desired_retention").asDouble();
            double raw = DEFAULT.rawInterval(1.0, retention);
            assertThat(raw).isCloseTo(g.get("raw_double").get(i).asDouble(), within(1e-6));
            assertThat(FuzzRange.days(raw, 1, Long.MAX_VALUE, OptionalDouble.empty()))
                    .isEqualTo(g.get("expected_double_no_maximum").get(i).asLong());
            assertThat(FuzzRange.days(raw, 1, 36500, OptionalDouble.empty()))
                    .isEqualTo(g.get("expected_with_maximum_36500").get(i).asLong());
        }
    }

    @Test
    void aNewCardStartsFromTheInitialStabilityAndDifficultyOfItsFirstRating() {
        JsonNode g = group("difficulty-stability/initial");
        for (JsonNode c : g.get("cases")) {
            FsrsModel model = new FsrsModel(ReferenceCases.weights(c.get("parameters")), true);
            for (Rating rating : Rating.values()) {
                MemoryState state = model.initial(rating);
                assertThat(state.stability()).isCloseTo(c.get("S0").get(rating.grade() - 1).asDouble(),
                        within(tolerance(g)));
                assertThat(state.difficulty()).isCloseTo(c.get("D0").get(rating.grade() - 1).asDouble(),
                        within(tolerance(g)));
            }
        }
    }

    @Test
    void aGoodAfterTwentyOneDaysGivesTheFsrsRsNextState() {
        JsonNode g = group("memory/next-state-good-after-21-days");
        JsonNode in = g.get("inputs");
        FsrsModel model = new FsrsModel(ReferenceCases.weights(g.get("parameters")), true);
        MemoryState next = model.next(new MemoryState(in.get("S").asDouble(), in.get("D").asDouble()),
                in.get("t_days").asLong(), Rating.of(in.get("G").asInt()));
        assertThat(next.stability()).isCloseTo(g.get("expected").get("S").asDouble(), within(tolerance(g)));
        assertThat(next.difficulty()).isCloseTo(g.get("expected").get("D").asDouble(), within(tolerance(g)));
    }

    @Test
    void learningStepDelaysFollowAnkiForAgainHardAndGood() {
        JsonNode g = group("steps/anki-learning-step-delays");
        Instant now = Instant.parse("2026-01-10T09:00:00Z");
        for (JsonNode c : g.get("cases")) {
            List<Duration> steps = new java.util.ArrayList<>();
            c.get("steps_minutes").forEach(m -> steps.add(Duration.ofMinutes(m.asLong())));
            SchedulerSettings settings = new SchedulerSettings(Weights.FSRS6_DEFAULT, 0.9, 36500, steps, List.of(),
                    true, ElapsedDays.wholeDays());
            FsrsScheduler scheduler = new FsrsScheduler(settings);
            Card card = new Card(CardState.LEARNING, c.get("step_index").asInt(), new MemoryState(3, 5),
                    now.minusSeconds(60), now);
            for (String answer : List.of("again", "hard", "good")) {
                Card next = scheduler.review(card, Rating.valueOf(answer.toUpperCase()), now, Fuzz.OFF);
                JsonNode want = c.get(answer);
                if (want.isNull()) {
                    assertThat(next.state()).as("%s on %s graduates", answer, c).isEqualTo(CardState.REVIEW);
                } else {
                    assertThat(next.state()).as("%s on %s", answer, c).isEqualTo(CardState.LEARNING);
                    assertThat(Duration.between(now, next.due()).getSeconds()).as("%s on %s", answer, c)
                            .isEqualTo(want.asLong());
                }
            }
        }
    }

    @Test
    void fuzzSpreadsAnIntervalWithinItsRangeByTheInjectedFactor() {
        JsonNode g = group("fuzz/anki-review-fuzz");
        for (JsonNode c : g.get("no_fuzz")) {
            assertThat(FuzzRange.days(c.get("interval").asDouble(), c.get("minimum").asLong(),
                    c.get("maximum").asLong(), OptionalDouble.empty())).as("%s", c).isEqualTo(c.get("expected").asLong());
        }
        double[] factors = {0, 0.5, 0.99};
        for (JsonNode c : g.get("with_fuzz_factor_0_0.5_0.99")) {
            for (int i = 0; i < factors.length; i++) {
                assertThat(FuzzRange.days(c.get("interval").asDouble(), c.get("minimum").asLong(),
                        c.get("maximum").asLong(), OptionalDouble.of(factors[i])))
                        .as("%s at factor %s", c, factors[i]).isEqualTo(c.get("expected").get(i).asLong());
            }
        }
    }

    @Test
    void fuzzRangesOfWholeDayIntervalsMatchTheSharedTable() {
        JsonNode g = group("fuzz/ranges-for-integer-intervals");
        for (JsonNode c : g.get("cases")) {
            double interval = c.get("interval").asDouble();
            assertThat(FuzzRange.days(interval, 1, 36500, OptionalDouble.of(0))).as("%s", c)
                    .isEqualTo(c.get("min_ivl").asLong());
            assertThat(FuzzRange.days(interval, 1, 36500, OptionalDouble.of(0.999999))).as("%s", c)
                    .isEqualTo(c.get("max_ivl").asLong());
        }
    }
}
