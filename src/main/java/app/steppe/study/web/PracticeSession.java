package app.steppe.study.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.steppe.study.domain.PracticeMarking.Outcome;

/**
 * One practice run, kept in the HTTP session (server side: nothing the browser could change, and no answer key ever
 * leaves the server before the student answers). The browser names the run by its id and the shown question by its
 * review id, so a stale or replayed form is recognised and changes nothing.
 */
final class PracticeSession implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = PracticeSession.class.getName();

    /** One question of the run; {@code reviewId} is made when it is shown and is the client review id of its review. */
    static final class Item implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        final long questionId;
        final long versionId;
        final long seed;
        String reviewId = newReviewId();
        Outcome first;
        Outcome last;
        boolean answered;

        Item(long questionId, long versionId, long seed) {
            this.questionId = questionId;
            this.versionId = versionId;
            this.seed = seed;
        }

        public boolean canTryAgain() {
            return answered && last != Outcome.RIGHT;
        }

        /** A new showing of the same question, with a new review id; it does not count again (see answer). */
        void tryAgain() {
            answered = false;
            reviewId = newReviewId();
        }

        public Outcome first() {
            return first;
        }

        public Outcome last() {
            return last;
        }

        public boolean answered() {
            return answered;
        }

        public long questionId() {
            return questionId;
        }

        public long versionId() {
            return versionId;
        }

        public String reviewId() {
            return reviewId;
        }
    }

    private final String id = UUID.randomUUID().toString();
    private final String titleKey;
    private final String titleArgument;
    private final List<Item> items;
    private int position;

    PracticeSession(String titleKey, String titleArgument, List<Item> items) {
        this.titleKey = titleKey;
        this.titleArgument = titleArgument;
        this.items = new ArrayList<>(items);
    }

    static String newReviewId() {
        return "p-" + UUID.randomUUID();
    }

    public String id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    public String titleArgument() {
        return titleArgument;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public int position() {
        return position;
    }

    public int size() {
        return items.size();
    }

    public boolean finished() {
        return position >= items.size();
    }

    public Item current() {
        return items.get(position);
    }

    /** Moves on once the shown question is answered; refuses to skip an unanswered one. */
    void next() {
        if (!finished() && current().answered) {
            position++;
        }
    }

    public long rightFirstTime() {
        return items.stream().filter(i -> i.first == Outcome.RIGHT).count();
    }

    public long partlyFirstTime() {
        return items.stream().filter(i -> i.first == Outcome.PARTLY).count();
    }

    public List<Item> missed() {
        return items.stream().filter(i -> i.first != null && i.first != Outcome.RIGHT).toList();
    }
}
