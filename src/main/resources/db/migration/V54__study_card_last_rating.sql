-- The last rating a card got (1 Again to 4 Easy; null before its first review): what "missed" and "weak passages"
-- are read from without scanning the review log.
ALTER TABLE study_card ADD COLUMN last_rating SMALLINT;
ALTER TABLE study_card ADD CONSTRAINT ck_study_card_last_rating CHECK (last_rating IS NULL OR last_rating BETWEEN 1 AND 4);
