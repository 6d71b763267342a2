package app.steppe.quiz.domain;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored {@link DrawRule}. */
@Embeddable
class DrawRuleRow {

    @Column(name = "tag")
    private String tag;

    @Column(name = "draw_count", nullable = false)
    private int count;

    protected DrawRuleRow() {
    }

    DrawRuleRow(DrawRule rule) {
        this.tag = rule.tag().orElse(null);
        this.count = rule.count();
    }

    DrawRule toRule() {
        return new DrawRule(Optional.ofNullable(tag), count);
    }
}
