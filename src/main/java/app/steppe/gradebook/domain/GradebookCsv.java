package app.steppe.gradebook.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import app.steppe.account.AccountApi.StudentRef;
import app.steppe.gradebook.domain.GradingDesk.QuizAnswers;

/**
 * The gradebook and a quiz's answers as CSV for Excel: UTF-8 with a byte order mark (so Excel reads Kazakh and
 * Russian names right), CRLF rows, quoting by Commons CSV, every text cell neutralised ({@link SpreadsheetCells}).
 */
public final class GradebookCsv {

    /** Excel takes a file as UTF-8 only when it starts with this. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private GradebookCsv() {
    }

    /** One row per student, one column per quiz (the grade in percent, empty without one), then the total. */
    public static void gradebook(Gradebook book, Map<String, String> headings, Writer out) {
        var header = new ArrayList<String>(List.of(headings.get("student"), headings.get("username")));
        book.quizzes().forEach(q -> header.add(q.title()));
        header.add(headings.get("total"));
        write(out, header, printer -> {
            for (var row : book.rows()) {
                var cells = new ArrayList<String>(List.of(row.student().displayName(), row.student().username()));
                book.quizzes().forEach(q -> cells.add(number(row.cell(q.quizId()).percent())));
                cells.add(number(row.total()));
                printer.printRecord(neutralised(cells));
            }
        });
    }

    /** One row per attempt × question: who, which attempt, the question, the answer, the mark. */
    public static void answers(QuizAnswers answers, Map<Long, StudentRef> students, Map<String, String> headings, Writer out) {
        var header = List.of(headings.get("student"), headings.get("username"), headings.get("attempt"),
                headings.get("state"), headings.get("position"), headings.get("question"), headings.get("type"),
                headings.get("answer"), headings.get("points"), headings.get("max"), headings.get("needsGrading"),
                headings.get("manual"), headings.get("comment"));
        write(out, header, printer -> {
            for (var marks : answers.attempts()) {
                var student = Optional.ofNullable(students.get(marks.attempt().studentId()));
                for (var item : answers.items(marks)) {
                    printer.printRecord(neutralised(List.of(
                            student.map(StudentRef::displayName).orElse(""), student.map(StudentRef::username).orElse(""),
                            String.valueOf(item.attemptNo()), item.attemptState().name(), String.valueOf(item.position() + 1),
                            item.slug(), item.type(), String.join(" | ", item.answer()), number(item.points()),
                            item.max().stripTrailingZeros().toPlainString(), String.valueOf(item.needsGrading()),
                            String.valueOf(item.manual()), item.comment().orElse(""))));
                }
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static void write(Writer out, List<String> header, Rows rows) {
        try {
            out.write(BYTE_ORDER_MARK);
            var format = CSVFormat.Builder.create(CSVFormat.EXCEL).get();
            var printer = new CSVPrinter(out, format);
            printer.printRecord(neutralised(header));
            rows.print(printer);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> neutralised(List<String> cells) {
        return cells.stream().map(SpreadsheetCells::neutralised).toList();
    }

    private static String number(Optional<BigDecimal> value) {
        return value.map(v -> v.stripTrailingZeros().toPlainString()).orElse("");
    }
}
