package app.steppe.reading.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.steppe.reading.Paragraph;
import app.steppe.reading.ReadingText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One immutable text of a reading. Only {@link Reading#addVersion} creates one, with the next number. */
@Entity
@Table(name = "reading_version")
public class ReadingVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reading_id", nullable = false, updatable = false)
    private Reading reading;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, updatable = false, length = ReadingContent.MAX_TITLE)
    private String title;

    @Column(updatable = false, length = ReadingContent.MAX_SUBTITLE)
    private String subtitle;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "reading_paragraph", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("number")
    private List<StoredParagraph> paragraphs = new ArrayList<>();

    protected ReadingVersion() {
    }

    ReadingVersion(Reading reading, int number, ReadingContent content, Instant now) {
        this.reading = reading;
        this.number = number;
        this.contentHash = content.hash();
        this.title = content.title();
        this.subtitle = content.subtitle();
        this.body = content.body().text();
        this.createdAt = now;
        List<String> texts = content.body().paragraphs();
        for (int i = 0; i < texts.size(); i++) {
            paragraphs.add(new StoredParagraph(i + 1, texts.get(i)));
        }
    }

    /** The version as other modules see it; call with the reading and paragraphs fetched. */
    public ReadingText toText() {
        List<Paragraph> shown = paragraphs.stream()
                .sorted(Comparator.comparingInt(StoredParagraph::number))
                .map(p -> Paragraph.of(p.number(), p.text()))
                .toList();
        return new ReadingText(reading.id(), reading.slug(), title, id, number, contentHash, shown);
    }

    public Long id() {
        return id;
    }

    public Reading reading() {
        return reading;
    }

    public int number() {
        return number;
    }

    public String contentHash() {
        return contentHash;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int paragraphCount() {
        return paragraphs.size();
    }
}
