package app.steppe.grading.scoring;

import java.util.List;
import java.util.Objects;

/** The items (indexes into the authored, correct order) in the order the student put them. */
public record OrderingResponse(List<Integer> order) implements Response {

    public OrderingResponse {
        order = List.copyOf(Objects.requireNonNull(order, "order"));
    }

    public static OrderingResponse of(Integer... order) {
        return new OrderingResponse(List.of(order));
    }
}
