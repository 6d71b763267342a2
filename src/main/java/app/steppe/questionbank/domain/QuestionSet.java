package app.steppe.questionbank.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A question set: its header, and where it came from. A set imported from a file in questions/ follows that file
 * until someone edits it in the browser; from then on it is detached and the file is ignored, so a restart never
 * overwrites web edits.
 */
@Entity
@Table(name = "question_set")
public class QuestionSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "reading_slug", nullable = false)
    private String readingSlug;

    @Column(nullable = false)
    private String tags;

    @Column(name = "source_file")
    private String sourceFile;

    @Column(name = "source_hash")
    private String sourceHash;

    @Column(nullable = false)
    private boolean detached;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected QuestionSet() {
    }

    private QuestionSet(SetHeader header, String sourceFile, String sourceHash, Instant now) {
        apply(header);
        this.sourceFile = sourceFile;
        this.sourceHash = sourceHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static QuestionSet importedFrom(SetHeader header, String file, String hash, Instant now) {
        return new QuestionSet(header, file, hash, now);
    }

    public static QuestionSet createdInBrowser(SetHeader header, Instant now) {
        return new QuestionSet(header, null, null, now);
    }

    /** The file changed: the set follows it (only while it is not detached). */
    public void reimport(SetHeader header, String hash, Instant now) {
        if (detached) {
            throw new IllegalStateException("a detached set no longer follows its file");
        }
        apply(header);
        this.sourceHash = hash;
        this.updatedAt = now;
    }

    /** Any edit in the browser: the file stops updating the set. */
    public void editedInBrowser(Instant now) {
        this.detached = sourceFile != null;
        this.updatedAt = now;
    }

    /** Deleted while attempts still refer to its questions: hidden, its id freed, its versions kept. */
    public void archive(String freedSlug, Instant now) {
        this.archived = true;
        this.slug = freedSlug;
        editedInBrowser(now);
    }

    public boolean isArchived() {
        return archived;
    }

    public void changeHeader(SetHeader header, Instant now) {
        apply(header);
        editedInBrowser(now);
    }

    private void apply(SetHeader header) {
        this.slug = header.slug();
        this.title = header.title();
        this.description = header.description();
        this.readingSlug = header.readingSlug();
        this.tags = String.join(",", header.tags());
    }

    public SetHeader header() {
        return new SetHeader(slug, title, description, readingSlug, tagList());
    }

    public List<String> tagList() {
        return tags.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(tags.split(",")));
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getReadingSlug() {
        return readingSlug;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public boolean isDetached() {
        return detached;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
