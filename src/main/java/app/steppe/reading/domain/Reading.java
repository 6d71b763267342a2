package app.steppe.reading.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.steppe.reading.ReadingSource;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A course reading and its versions, numbered 1, 2, … without gaps. A text the reading already holds is never
 * stored again. Title and subtitle follow the newest version.
 */
@Entity
@Table(name = "reading")
public class Reading {

    public static final int MAX_SLUG = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = MAX_SLUG)
    private String slug;

    @Column(nullable = false, length = ReadingContent.MAX_TITLE)
    private String title;

    @Column(length = ReadingContent.MAX_SUBTITLE)
    private String subtitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReadingSource source;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    // two instructors adding a version at once: the second gets a conflict instead of a duplicate number
    @Version
    private long revision;

    @OneToMany(mappedBy = "reading", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<ReadingVersion> versions = new ArrayList<>();

    protected Reading() {
    }

    private Reading(String slug, ReadingSource source, Instant now) {
        if (slug == null || slug.length() > MAX_SLUG || !Slugs.VALID.matcher(slug).matches()) {
            throw new IllegalArgumentException("not a slug: " + slug);
        }
        this.slug = slug;
        this.source = source;
        this.createdAt = now;
    }

    /** A new reading whose first version is {@code content}. */
    public static Reading create(String slug, ReadingSource source, ReadingContent content, Instant now) {
        Reading reading = new Reading(slug, source, now);
        reading.addVersion(content, now);
        return reading;
    }

    /**
     * Stores {@code content} as the next version.
     *
     * @throws DuplicateContentException if a version of this reading already has the same content hash
     */
    public ReadingVersion addVersion(ReadingContent content, Instant now) {
        String hash = content.hash();
        Optional<ReadingVersion> same = versionWithHash(hash);
        if (same.isPresent()) {
            throw new DuplicateContentException(slug, same.get().number());
        }
        ReadingVersion version = new ReadingVersion(this, currentVersion + 1, content, now);
        versions.add(version);
        currentVersion = version.number();
        title = content.title();
        subtitle = content.subtitle();
        return version;
    }

    public Optional<ReadingVersion> versionWithHash(String hash) {
        return versions.stream().filter(v -> v.contentHash().equals(hash)).findFirst();
    }

    /** The version added last (loads the versions). */
    public ReadingVersion newestVersion() {
        return versions.get(versions.size() - 1);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public ReadingSource source() {
        return source;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
