package app.steppe.quiz.web;

/** An accommodation as typed: extra minutes OR a multiplier, extra attempts, an optional personal close. */
record AccommodationForm(Long studentId, String extraMinutes, String multiplier, String extraAttempts,
        String closeOverride) {

    static AccommodationForm blank() {
        return new AccommodationForm(null, "0", "1.0", "0", "");
    }
}
