package app.steppe.questionbank.domain.yaml;

import java.util.List;
import java.util.Objects;

/** Either what a YAML file holds, or every problem that stopped it being read. */
public sealed interface YamlReadResult<T> {

    record Accepted<T>(T value) implements YamlReadResult<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    record Rejected<T>(List<YamlProblem> problems) implements YamlReadResult<T> {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected file has at least one problem");
            }
        }
    }
}
