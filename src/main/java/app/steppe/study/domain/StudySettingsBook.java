package app.steppe.study.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each student's study settings: read with defaults for students who never changed them, and changed. */
@Service
@Transactional
public class StudySettingsBook {

    private final StudySettingsRepository settings;

    StudySettingsBook(StudySettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public StudySettings of(long studentId) {
        return settings.findById(studentId).map(StudentStudySettings::settings).orElse(StudySettings.DEFAULTS);
    }

    /** The settings are checked when built ({@link StudySettings}); here they are only stored. */
    public void change(long studentId, StudySettings changed) {
        settings.findById(studentId).ifPresentOrElse(s -> s.change(changed),
                () -> settings.save(new StudentStudySettings(studentId, changed)));
    }
}
