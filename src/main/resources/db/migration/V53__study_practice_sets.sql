-- Question sets an instructor opened for practice: a row per open set (closing it deletes the row). The set belongs
-- to the question bank and is referenced by id only; who opened it and when is kept for the instructors' page.
CREATE TABLE study_practice_set (
    set_id     BIGINT NOT NULL PRIMARY KEY,
    opened_by  BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    opened_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
