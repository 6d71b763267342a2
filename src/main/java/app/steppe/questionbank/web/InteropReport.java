package app.steppe.questionbank.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import app.steppe.questionbank.domain.interop.ImportLine;
import app.steppe.questionbank.domain.interop.ImportNote;
import app.steppe.questionbank.domain.interop.ImportPlan;

/**
 * An import report as the page shows it, its messages already rendered: it travels as a flash attribute through
 * the session, which is stored in the database, so it must be plain serialisable text.
 */
record InteropReport(boolean imported, long questions, long ungrounded, long rejected, List<Row> rows)
        implements Serializable {

    record Row(int line, String title, String slug, String statusKey, String status, List<String> messages)
            implements Serializable {
    }

    static InteropReport of(ImportPlan plan, boolean imported, MessageSource messages, Locale locale) {
        List<Row> rows = plan.lines().stream().map(line -> new Row(line.line(), line.title(), line.slug(),
                line.status().key(), line.status().name().toLowerCase(Locale.ROOT),
                line.notes().stream().map(note -> message(note, messages, locale)).toList())).toList();
        long ungrounded = plan.questions().stream().filter(q -> q.citations().isEmpty()).count();
        return new InteropReport(imported, plan.questions().size(), ungrounded, plan.rejectedCount(), rows);
    }

    static String message(ImportNote note, MessageSource messages, Locale locale) {
        return messages.getMessage(note.key(), note.argArray(), note.key(), locale);
    }

    boolean hasRejected() {
        return rejected > 0;
    }

    static boolean isRejected(ImportLine line) {
        return line.status() == ImportLine.Status.REJECTED;
    }
}
