-- When students see their results (default AUTOMATIC: the review options decide). MANUAL: hidden until the instructor releases them (grades_released_at).
-- AUTOMATIC: visible as the quiz's review option for the score allows (right after submission, or after the close);
-- an instructor's release shows them earlier. Withdrawing clears grades_released_at.
ALTER TABLE quiz ADD COLUMN grade_release VARCHAR(20) DEFAULT 'AUTOMATIC' NOT NULL;
ALTER TABLE quiz ADD COLUMN grades_released_at TIMESTAMP WITH TIME ZONE;
