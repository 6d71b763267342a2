-- A student's own study settings; a student without a row studies with the defaults (0.90 and 20).
CREATE TABLE study_settings (
    student_id         BIGINT NOT NULL PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    desired_retention  NUMERIC(3, 2) NOT NULL,
    daily_new_limit    INTEGER NOT NULL,
    CONSTRAINT ck_study_settings_retention CHECK (desired_retention >= 0.80 AND desired_retention <= 0.97),
    CONSTRAINT ck_study_settings_new_limit CHECK (daily_new_limit >= 0 AND daily_new_limit <= 500)
);
