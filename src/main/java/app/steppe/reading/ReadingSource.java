package app.steppe.reading;

/** Where a reading came from: a file in the seeds directory, or an instructor's upload in the browser. */
public enum ReadingSource {
    SEED,
    UPLOADED
}
