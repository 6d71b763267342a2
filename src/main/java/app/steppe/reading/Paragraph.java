package app.steppe.reading;

/**
 * One paragraph of a reading version: its number (1..n), the stable anchor students link to ({@code p7}) and its
 * text (inner line breaks already turned into spaces).
 */
public record Paragraph(int number, String anchor, String text) {

    public Paragraph {
        if (number < 1) {
            throw new IllegalArgumentException("paragraph numbers start at 1");
        }
        if (!anchorFor(number).equals(anchor)) {
            throw new IllegalArgumentException("the anchor of paragraph " + number + " is " + anchorFor(number));
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a paragraph has text");
        }
    }

    public static Paragraph of(int number, String text) {
        return new Paragraph(number, anchorFor(number), text);
    }

    /** The HTML id of paragraph {@code number} on the reading page: {@code p1}, {@code p2}, … */
    public static String anchorFor(int number) {
        return "p" + number;
    }
}
