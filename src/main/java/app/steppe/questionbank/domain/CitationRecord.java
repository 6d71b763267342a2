package app.steppe.questionbank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Where a question's quote was found: the reading version it was checked against, the paragraph and the character
 * offsets. When a new reading version no longer contains the quote the citation turns STALE (with the closest
 * passage as a suggestion); nothing is deleted.
 */
@Entity
@Table(name = "question_citation")
public class CitationRecord {

    public enum Status { VERIFIED, STALE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_version_id")
    private QuestionVersion version;

    @Column(nullable = false)
    private int position;

    @Column(name = "reading_slug", nullable = false)
    private String readingSlug;

    @Column(nullable = false)
    private String quote;

    @Column(name = "reading_id")
    private Long readingId;

    @Column(name = "reading_version_id")
    private Long readingVersionId;

    @Column(name = "paragraph_no")
    private Integer paragraphNo;

    @Column(name = "start_offset")
    private Integer startOffset;

    @Column(name = "end_offset")
    private Integer endOffset;

    @Column(nullable = false)
    private String status;

    private String suggestion;

    protected CitationRecord() {
    }

    CitationRecord(QuestionVersion version, int position, GroundedCitation grounded) {
        this.version = version;
        this.position = position;
        this.readingSlug = grounded.readingSlug();
        this.quote = grounded.quote();
        locate(grounded);
    }

    /** Checked again against a new reading version. */
    void recheck(GroundedCitation grounded) {
        locate(grounded);
    }

    private void locate(GroundedCitation grounded) {
        this.readingId = grounded.readingId();
        this.readingVersionId = grounded.readingVersionId();
        this.paragraphNo = grounded.paragraph();
        this.startOffset = grounded.start();
        this.endOffset = grounded.end();
        this.status = grounded.found() ? Status.VERIFIED.name() : Status.STALE.name();
        this.suggestion = grounded.found() ? null : grounded.suggestion();
    }

    public boolean isStale() {
        return Status.STALE.name().equals(status);
    }

    public int getPosition() {
        return position;
    }

    public String getReadingSlug() {
        return readingSlug;
    }

    public String getQuote() {
        return quote;
    }

    public Long getReadingId() {
        return readingId;
    }

    public Long getReadingVersionId() {
        return readingVersionId;
    }

    public Integer getParagraphNo() {
        return paragraphNo;
    }

    public Integer getStartOffset() {
        return startOffset;
    }

    public Integer getEndOffset() {
        return endOffset;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public QuestionVersion getVersion() {
        return version;
    }
}
