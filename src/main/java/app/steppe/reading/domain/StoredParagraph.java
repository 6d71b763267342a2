package app.steppe.reading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of reading_paragraph: later modules query coverage by (version_id, number). */
@Embeddable
class StoredParagraph {

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "text", nullable = false)
    private String text;

    protected StoredParagraph() {
    }

    StoredParagraph(int number, String text) {
        this.number = number;
        this.text = text;
    }

    int number() {
        return number;
    }

    String text() {
        return text;
    }
}
