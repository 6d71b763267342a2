package app.steppe.study.fsrs;

/**
 * The FSRS-6 memory formulas (fsrs-spec.md §3 to §6): how stability and difficulty change on a review, recall
 * probability, and the interval for a desired retention. Pure functions of the weights; no scheduling.
 */
public final class FsrsModel {

    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;

    private final Weights w;
    private final boolean shortTerm;
    private final double decay;
    private final double factor;

    /**
     * @param shortTerm whether reviews on the same day use the same-day formula (the default everywhere); when off,
     *                  a same-day review is a normal review at R = 1 and the lapse cap is S itself
     */
    public FsrsModel(Weights weights, boolean shortTerm) {
        this.w = weights;
        this.shortTerm = shortTerm;
        this.decay = -weights.get(20);
        // chosen so that R(S, S) = 0.9: stability is the 90%-recall interval by definition
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public boolean shortTerm() {
        return shortTerm;
    }

    /** Probability of recall after {@code elapsedDays} at the given stability. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / stability, decay);
    }

    /** Unrounded days until recall falls to the desired retention. */
    public double rawInterval(double stability, double desiredRetention) {
        return stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
    }

    /** The state after a new card's first review. */
    public MemoryState initial(Rating rating) {
        return new MemoryState(clampStability(w.get(rating.grade() - 1)), clampDifficulty(initialDifficultyRaw(rating)));
    }

    /** The state after reviewing a card {@code elapsedDays} whole days after its last review. */
    public MemoryState next(MemoryState state, long elapsedDays, Rating rating) {
        double s = state.stability();
        double d = state.difficulty();
        double stability;
        if (elapsedDays == 0 && shortTerm) {
            stability = sameDayStability(s, rating);
        } else {
            double r = retrievability(elapsedDays, s);
            stability = rating == Rating.AGAIN ? lapseStability(d, s, r) : recallStability(d, s, r, rating);
        }
        // both updates read the old difficulty
        return new MemoryState(clampStability(stability), nextDifficulty(d, rating));
    }

    double initialDifficultyRaw(Rating rating) {
        return w.get(4) - Math.exp(w.get(5) * (rating.grade() - 1)) + 1;
    }

    double nextDifficulty(double d, Rating rating) {
        double delta = -w.get(6) * (rating.grade() - 3);
        double damped = d + delta * (10 - d) / 9;
        // mean reversion towards the unclamped initial difficulty of Easy, as the reference implementations do
        double reverted = w.get(7) * initialDifficultyRaw(Rating.EASY) + (1 - w.get(7)) * damped;
        return clampDifficulty(reverted);
    }

    double recallStability(double d, double s, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w.get(15) : 1;
        double easyBonus = rating == Rating.EASY ? w.get(16) : 1;
        return s * (1 + Math.exp(w.get(8)) * (11 - d) * Math.pow(s, -w.get(9))
                * (Math.exp(w.get(10) * (1 - r)) - 1) * hardPenalty * easyBonus);
    }

    /** Post-lapse stability before the cap. */
    double forgetStability(double d, double s, double r) {
        return w.get(11) * Math.pow(d, -w.get(12)) * (Math.pow(s + 1, w.get(13)) - 1) * Math.exp(w.get(14) * (1 - r));
    }

    double lapseStability(double d, double s, double r) {
        double capDivisor = shortTerm ? Math.exp(w.get(17) * w.get(18)) : 1;
        return Math.min(forgetStability(d, s, r), s / capDivisor);
    }

    double sameDayStability(double s, Rating rating) {
        double increase = Math.exp(w.get(17) * (rating.grade() - 3 + w.get(18))) * Math.pow(s, -w.get(19));
        if (rating != Rating.AGAIN) {
            // a same-day pass never lowers stability (fsrs-rs since 2025-11, ts-fsrs, go-fsrs; Anki)
            increase = Math.max(increase, 1);
        }
        return s * increase;
    }

    private static double clampStability(double s) {
        return Math.min(Math.max(s, S_MIN), S_MAX);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1), 10);
    }
}
