package app.steppe.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EnrollmentCodeTest {

    @Test
    void aRandomCodeIsKzAndTwoGroupsOfFourUnambiguousSymbols() {
        var random = new Random(42);
        for (int i = 0; i < 500; i++) {
            String code = EnrollmentCode.random(random).value();
            assertThat(code).matches("KZ-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}");
            assertThat(code.substring(3)).doesNotContain("0", "O", "1", "I", "L");
        }
    }

    @Test
    void randomCodesDiffer() {
        var random = new Random(7);
        var codes = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            codes.add(EnrollmentCode.random(random).value());
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void refusesSomethingThatIsNotACode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EnrollmentCode("KZ-7K3Q-9XW0"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EnrollmentCode("kz-7k3q-9xw2"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EnrollmentCode(null));
    }

    @Test
    void matchesWhatAStudentTypesInLowerCaseWithSpacesOrWithoutHyphens() {
        var code = new EnrollmentCode("KZ-7K3Q-9XW2");

        assertThat(code.matches("KZ-7K3Q-9XW2")).isTrue();
        assertThat(code.matches(" kz-7k3q-9xw2 ")).isTrue();
        assertThat(code.matches("KZ7K3Q9XW2")).isTrue();
        assertThat(code.matches("KZ 7K3Q 9XW2")).isTrue();
    }

    @Test
    void doesNotMatchAnotherCode() {
        var code = new EnrollmentCode("KZ-7K3Q-9XW2");

        assertThat(code.matches("KZ-7K3Q-9XW3")).isFalse();
        assertThat(code.matches("")).isFalse();
        assertThat(code.matches(null)).isFalse();
    }
}
