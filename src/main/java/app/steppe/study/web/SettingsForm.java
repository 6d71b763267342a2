package app.steppe.study.web;

import app.steppe.study.domain.StudySettings;

/** The study settings as typed: the desired retention (e.g. 0.90) and the daily new-card limit. */
record SettingsForm(String desiredRetention, String dailyNewLimit) {

    static SettingsForm of(StudySettings settings) {
        return new SettingsForm(settings.desiredRetention().toPlainString(), String.valueOf(settings.dailyNewLimit()));
    }
}
