-- A deleted set whose questions attempts have used is archived, not removed: the attempts keep their versions.
ALTER TABLE question_set ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;
