package app.steppe.questionbank.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void violationsSayingTheSameThingAreEqual() {
        assertThat(new Violation("p", "k", 1, "a")).isEqualTo(new Violation("p", "k", 1, "a"))
                .hasSameHashCodeAs(new Violation("p", "k", 1, "a"));
        assertThat(new Violation("p", "k", 1)).isNotEqualTo(new Violation("p", "k", 2));
    }

    @Test
    void cannotBeChangedThroughItsArguments() {
        Object[] args = {"a"};
        Violation violation = new Violation("p", "k", args);
        args[0] = "changed";
        violation.args()[0] = "changed too";

        assertThat(violation.args()).containsExactly("a");
    }
}
