package app.steppe.attempt.domain;

import java.util.List;
import java.util.Objects;

/** Per question, in the order dealt: answered or not, flagged or not; for the panel and the submit confirmation. */
public record NavigationSummary(List<Entry> entries, int currentPosition) {

    public record Entry(int position, QuestionKey question, boolean answered, boolean flagged) {
        public Entry {
            Objects.requireNonNull(question, "question");
        }
    }

    public NavigationSummary {
        entries = List.copyOf(entries);
        if (currentPosition < 0 || currentPosition >= entries.size()) {
            throw new IllegalArgumentException("current position " + currentPosition + " outside 0.." + (entries.size() - 1));
        }
    }

    public long answeredCount() {
        return entries.stream().filter(Entry::answered).count();
    }

    public long unansweredCount() {
        return entries.size() - answeredCount();
    }

    public long flaggedCount() {
        return entries.stream().filter(Entry::flagged).count();
    }
}
