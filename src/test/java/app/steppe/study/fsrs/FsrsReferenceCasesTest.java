package app.steppe.study.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Every review sequence of {@code peer-fixtures/fsrs/reference-cases.json} (py-fsrs, ts-fsrs, fsrs-rs, go-fsrs and
 * java-fsrs tests restated as data), replayed through our scheduler under the day rule each case names. The asserted
 * values in {@code expected} must match within the source test's tolerance; the derived per-step values within 1e-6.
 * Where a case offers the fsrs-rs same-day-Hard values or the interval-ordering variant, those are what we check,
 * because that is the behaviour we chose (see fsrs-spec.md and NOTES.md beside the fixtures).
 */
class FsrsReferenceCasesTest {

    /** One review as replayed: what the card was before, and what the review made of it. */
    record Step(Instant at, String stateBefore, long elapsedDays, MemoryState memory, Card after) {
    }

    static Stream<Arguments> cases() {
        return ReferenceCases.load("reference-cases.json").stream()
                .map(c -> Arguments.of(Named.of(c.get("name").asString(), c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesTheReferenceCase(JsonNode c) {
        assertThat(c.get("enable_fuzzing").asBoolean()).as("fixtures run without fuzz").isFalse();
        JsonNode expected = c.get("expected");
        JsonNode reviews = c.get("reviews");
        // the single-review cases carry no derived values
        JsonNode derived = c.has("derived_per_step_fsrs_rs_variant") ? c.get("derived_per_step_fsrs_rs_variant")
                .get("values") : c.has("derived_per_step") ? c.get("derived_per_step").get("values") : null;
        if (c.has("expected_with_interval_ordering")) {
            // we keep hard <= good < easy as Anki does, so the py-fsrs intervals of these cases do not apply
            expected = c.get("expected_with_interval_ordering");
            reviews = expected.get("reviews");
            derived = expected.get("derived_per_step");
        }
        Weights weights = ReferenceCases.weights(c.get("parameters"));
        JsonNode variant = c.get("variant");
        boolean memoryOnly = variant.get("scheduler").asString().startsWith("memory-only");
        boolean shortTerm = variant.get("short_term").asBoolean();
        List<Step> steps = memoryOnly ? memoryOnly(new FsrsModel(weights, shortTerm), reviews)
                : scheduled(c, weights, reviews);

        SoftAssertions softly = new SoftAssertions();
        checkExpected(softly, expected, steps, c);
        if (derived != null) {
            checkDerived(softly, derived, steps);
        }
        if (c.has("parameters_alternative")) {
            // the other way to switch off same-day terms: w17 = w18 = w19 = 0 with the same-day formula on
            List<Step> alternative = memoryOnly(new FsrsModel(ReferenceCases.weights(c.get("parameters_alternative")),
                    true), reviews);
            checkExpected(softly, expected, alternative, c);
        }
        softly.assertAll();
    }

    private static List<Step> memoryOnly(FsrsModel model, JsonNode reviews) {
        List<Step> steps = new ArrayList<>();
        MemoryState memory = null;
        Instant last = null;
        for (JsonNode review : reviews) {
            Instant at = ReferenceCases.instant(review.get("review_datetime"));
            Rating rating = Rating.of(review.get("rating").asInt());
            long t = last == null ? 0 : ElapsedDays.wholeDays().between(last, at);
            memory = memory == null ? model.initial(rating) : model.next(memory, t, rating);
            steps.add(new Step(at, null, t, memory, null));
            last = at;
        }
        return steps;
    }

    private static List<Step> scheduled(JsonNode c, Weights weights, JsonNode reviews) {
        JsonNode variant = c.get("variant");
        SchedulerSettings settings = new SchedulerSettings(weights, c.get("desired_retention").asDouble(),
                c.get("maximum_interval").asInt(), ReferenceCases.durations(variant.get("learning_steps")),
                ReferenceCases.durations(variant.get("relearning_steps")), variant.get("short_term").asBoolean(),
                ReferenceCases.elapsedDays(variant));
        FsrsScheduler scheduler = new FsrsScheduler(settings);
        Instant first = ReferenceCases.instant(reviews.get(0).get("review_datetime"));
        Card card = Card.fresh(first);
        List<Step> steps = new ArrayList<>();
        for (JsonNode review : reviews) {
            Instant at = ReferenceCases.instant(review.get("review_datetime"));
            long t = scheduler.elapsedDays(card, at);
            String before = stateName(card.state());
            card = scheduler.review(card, Rating.of(review.get("rating").asInt()), at, Fuzz.OFF);
            steps.add(new Step(at, before, t, card.memory(), card));
        }
        return steps;
    }

    private static void checkExpected(SoftAssertions softly, JsonNode expected, List<Step> steps, JsonNode c) {
        Step last = steps.get(steps.size() - 1);
        if (expected.has("intervals_days")) {
            List<Long> want = new ArrayList<>();
            expected.get("intervals_days").forEach(n -> want.add(n.asLong()));
            softly.assertThat(steps.stream().map(s -> Duration.between(s.at(), s.after().due()).toDays()).toList())
                    .as("intervals in days").isEqualTo(want);
        }
        if (expected.has("final")) {
            JsonNode f = expected.get("final");
            double tolerance = f.get("tolerance_abs").asDouble();
            if (f.has("stability")) {
                softly.assertThat(last.memory().stability()).as("final stability")
                        .isCloseTo(f.get("stability").asDouble(), within(tolerance));
            }
            softly.assertThat(last.memory().difficulty()).as("final difficulty")
                    .isCloseTo(f.get("difficulty").asDouble(), within(tolerance));
        }
        if (expected.has("stability_after_each")) {
            double tolerance = expected.get("tolerance_abs").asDouble();
            for (int i = 0; i < steps.size(); i++) {
                softly.assertThat(steps.get(i).memory().stability()).as("stability after review %d", i + 1)
                        .isCloseTo(expected.get("stability_after_each").get(i).asDouble(), within(tolerance));
                softly.assertThat(steps.get(i).memory().difficulty()).as("difficulty after review %d", i + 1)
                        .isCloseTo(expected.get("difficulty_after_each").get(i).asDouble(), within(tolerance));
            }
        }
        if (expected.has("state_after")) {
            softly.assertThat(stateName(last.after().state())).as("state").isEqualTo(expected.get("state_after").asString());
            JsonNode minutes = expected.get("step_due_minutes_after");
            if (minutes.isNull()) {
                softly.assertThat(last.after().step()).as("no learning step after graduating").isNull();
            } else {
                softly.assertThat(Duration.between(last.at(), last.after().due()).getSeconds() / 60.0)
                        .as("step minutes").isEqualTo(minutes.asDouble());
            }
        }
        if (expected.has("after_each")) {
            for (int i = 0; i < steps.size(); i++) {
                checkStep(softly, expected.get("after_each").get(i), steps.get(i), "after review " + (i + 1));
            }
        }
        if (expected.has("retrievability")) {
            JsonNode query = c.get("query");
            Instant at = ReferenceCases.instant(query.get("retrievability_at"));
            FsrsScheduler scheduler = new FsrsScheduler(SchedulerSettings.defaults()
                    .withElapsedDays(ReferenceCases.elapsedDays(c.get("variant"))));
            softly.assertThat(scheduler.elapsedDays(last.after(), at)).isEqualTo(query.get("elapsed_days").asLong());
            softly.assertThat(scheduler.retrievability(last.after(), at)).as("retrievability")
                    .isCloseTo(expected.get("retrievability").asDouble(),
                            within(expected.get("tolerance_abs").asDouble()));
        }
        if (expected.has("raw_interval_days")) {
            FsrsModel model = new FsrsModel(ReferenceCases.weights(c.get("parameters")), true);
            softly.assertThat(model.rawInterval(last.memory().stability(), c.get("desired_retention").asDouble()))
                    .as("raw interval").isCloseTo(expected.get("raw_interval_days").asDouble(),
                            within(expected.get("final").get("tolerance_abs").asDouble()));
        }
        if (expected.has("revlog_states_before_each_review_go")) {
            List<String> want = new ArrayList<>();
            expected.get("revlog_states_before_each_review_go").forEach(n -> want.add(n.asString()));
            softly.assertThat(steps.stream().map(Step::stateBefore).toList()).as("states before each review")
                    .isEqualTo(want);
        }
    }

    private static void checkStep(SoftAssertions softly, JsonNode want, Step step, String where) {
        if (want.has("state")) {
            softly.assertThat(stateName(step.after().state())).as("state " + where).isEqualTo(want.get("state").asString());
        }
        if (want.has("step")) {
            Integer expectedStep = want.get("step").isNull() ? null : want.get("step").asInt();
            softly.assertThat(step.after().step()).as("step " + where).isEqualTo(expectedStep);
        }
        long seconds = Duration.between(step.at(), step.after().due()).getSeconds();
        if (want.has("interval_seconds")) {
            long tolerance = want.has("tolerance_seconds") ? want.get("tolerance_seconds").asLong() : 0;
            softly.assertThat(seconds).as("seconds to due " + where)
                    .isCloseTo(want.get("interval_seconds").asLong(), within(tolerance));
        }
        if (want.has("interval_days")) {
            softly.assertThat(seconds / 86_400).as("days to due " + where).isEqualTo(want.get("interval_days").asLong());
        }
    }

    private static void checkDerived(SoftAssertions softly, JsonNode derived, List<Step> steps) {
        softly.assertThat(derived.size()).as("derived steps").isEqualTo(steps.size());
        for (int i = 0; i < Math.min(derived.size(), steps.size()); i++) {
            JsonNode want = derived.get(i);
            Step step = steps.get(i);
            String where = "derived step " + (i + 1);
            softly.assertThat(step.memory().stability()).as("stability, " + where)
                    .isCloseTo(want.get("stability").asDouble(), within(1e-6));
            softly.assertThat(step.memory().difficulty()).as("difficulty, " + where)
                    .isCloseTo(want.get("difficulty").asDouble(), within(1e-6));
            if (want.has("elapsed_days") && i > 0) {
                softly.assertThat(step.elapsedDays()).as("elapsed days, " + where)
                        .isEqualTo(want.get("elapsed_days").asLong());
            }
            if (step.after() != null) {
                checkStep(softly, want, step, where);
                if (want.has("due")) {
                    softly.assertThat(step.after().due()).as("due, " + where)
                            .isEqualTo(ReferenceCases.instant(want.get("due")));
                }
            }
        }
    }

    private static String stateName(CardState state) {
        String name = state.name();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }
}
