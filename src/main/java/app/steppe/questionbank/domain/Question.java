package app.steppe.questionbank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A question's identity in its set (slug and position); its content lives in versions. Deleting only hides it:
 * attempts may still show one of its versions.
 */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "set_id", nullable = false)
    private Long setId;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private int position;

    @Column(name = "current_version_id")
    private Long currentVersionId;

    @Column(nullable = false)
    private boolean deleted;

    protected Question() {
    }

    public Question(long setId, String slug, int position) {
        this.setId = setId;
        this.slug = slug;
        this.position = position;
    }

    public void makeCurrent(QuestionVersion version) {
        this.currentVersionId = version.getId();
        this.slug = version.content().slug();
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public void delete() {
        this.deleted = true;
    }

    /** A question deleted and then written again (e.g. back in its file) comes back under the same identity. */
    public void restore() {
        this.deleted = false;
    }

    public Long getId() {
        return id;
    }

    public Long getSetId() {
        return setId;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    public Long getCurrentVersionId() {
        return currentVersionId;
    }

    public boolean isDeleted() {
        return deleted;
    }
}
