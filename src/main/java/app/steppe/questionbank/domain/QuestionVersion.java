package app.steppe.questionbank.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * One version of a question's content. Once an attempt has shown it ({@link #markUsed()}) it never changes
 * again: an edit makes a new version, so a stored answer keeps the meaning it had.
 */
@Entity
@Table(name = "question_version")
public class QuestionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private BigDecimal points;

    @Column(nullable = false)
    private String tags;

    /** The question in the YAML format of questions/. */
    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean used;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CitationRecord> citations = new ArrayList<>();

    @Transient
    private QuestionContent content;

    protected QuestionVersion() {
    }

    QuestionVersion(long questionId, int versionNo, QuestionContent content, String readingSlug,
            List<GroundedCitation> grounded, Instant now) {
        this.questionId = questionId;
        this.versionNo = versionNo;
        this.createdAt = now;
        write(content, readingSlug, grounded);
    }

    /** Rewrites this version in place; refused once an attempt has used it. */
    void rewrite(QuestionContent content, String readingSlug, List<GroundedCitation> grounded) {
        if (used) {
            throw new IllegalStateException("a used question version is never edited in place");
        }
        write(content, readingSlug, grounded);
    }

    private void write(QuestionContent content, String readingSlug, List<GroundedCitation> grounded) {
        this.content = content;
        this.type = content.type().name();
        this.points = content.points();
        this.tags = String.join(",", content.tags());
        this.body = QuestionBodyCodec.write(content, readingSlug);
        this.citations.clear();
        for (int i = 0; i < grounded.size(); i++) {
            citations.add(new CitationRecord(this, i, grounded.get(i)));
        }
    }

    public void markUsed() {
        this.used = true;
    }

    public QuestionContent content() {
        if (content == null) {
            content = QuestionBodyCodec.read(body);
        }
        return content;
    }

    public boolean hasStaleCitation() {
        return citations.stream().anyMatch(CitationRecord::isStale);
    }

    public Long getId() {
        return id;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public QuestionType getType() {
        return QuestionType.valueOf(type);
    }

    public List<String> tagList() {
        return tags.isEmpty() ? List.of() : List.of(tags.split(","));
    }

    public BigDecimal getPoints() {
        return points;
    }

    public boolean isUsed() {
        return used;
    }

    public String getBody() {
        return body;
    }

    public List<CitationRecord> getCitations() {
        return citations;
    }
}
