package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResponseTest {

    @Test
    void takesABlankLeftAsNullForAnEmptyOne() {
        assertThat(new BlanksResponse(Arrays.asList("Tokayev", null)).values()).containsExactly("Tokayev", "");
    }

    @Test
    void keepsItsOwnCopyOfWhatTheStudentAnswered() {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
        OrderingResponse response = new OrderingResponse(order);

        order.set(0, 2);

        assertThat(response.order()).containsExactly(0, 1, 2);
    }
}
