package app.steppe.gradebook.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.steppe.account.AccountApi.StudentRef;
import app.steppe.attempt.AttemptGrading.AttemptHeader;
import app.steppe.gradebook.domain.GradeAcrossAttempts.QuizGrade;
import app.steppe.gradebook.domain.GradeAcrossAttempts.Taken;
import app.steppe.quiz.QuizGrading;

/**
 * The gradebook: one row per student, one cell per quiz (the grade by the quiz's grading method), the student's
 * total (the mean of the quizzes with a grade) and each quiz's class mean. Built from three lists read in one query
 * each, so its cost does not grow in queries with students or quizzes.
 */
public record Gradebook(List<QuizGrading> quizzes, List<Row> rows) {

    public record Row(StudentRef student, Map<Long, QuizGrade> cells, Optional<BigDecimal> total) {

        public QuizGrade cell(long quizId) {
            return cells.getOrDefault(quizId, QuizGrade.NOT_STARTED);
        }
    }

    /** What the table is sorted by: the student's name, their total, or one quiz's column. */
    public record Sort(String column, boolean descending) {

        public static Sort of(String column, String direction) {
            return new Sort(column == null || column.isBlank() ? "name" : column, "desc".equals(direction));
        }
    }

    public static Gradebook of(List<StudentRef> students, List<QuizGrading> quizzes, List<AttemptHeader> attempts) {
        Map<Long, Map<Long, List<Taken>>> byStudent = new HashMap<>();
        for (var a : attempts) {
            byStudent.computeIfAbsent(a.studentId(), s -> new HashMap<>()).computeIfAbsent(a.quizId(), q -> new ArrayList<>())
                    .add(new Taken(a.attemptNo(), a.finished(), a.provisional(), a.finished() ? a.percentage() : Optional.empty()));
        }
        var rows = new ArrayList<Row>();
        for (var student : students) {
            var taken = byStudent.getOrDefault(student.id(), Map.of());
            var cells = new LinkedHashMap<Long, QuizGrade>();
            for (var quiz : quizzes) {
                cells.put(quiz.quizId(), GradeAcrossAttempts.of(quiz.gradingMethod(), taken.getOrDefault(quiz.quizId(), List.of())));
            }
            rows.add(new Row(student, cells, mean(cells.values().stream().map(QuizGrade::percent).toList())));
        }
        return new Gradebook(List.copyOf(quizzes), rows);
    }

    /** The class mean of one quiz over the students with a grade. */
    public Optional<BigDecimal> quizMean(long quizId) {
        return mean(rows.stream().map(r -> r.cell(quizId).percent()).toList());
    }

    public long needingGrading(long quizId) {
        return rows.stream().filter(r -> r.cell(quizId).status() == GradeAcrossAttempts.Status.NEEDS_GRADING).count();
    }

    public Gradebook sorted(Sort sort) {
        Comparator<Row> byName = Comparator.comparing((Row r) -> r.student().displayName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.student().username());
        Comparator<Row> order;
        if ("name".equals(sort.column())) {
            order = sort.descending() ? byName.reversed() : byName;
        } else {
            // students without a grade go last either way
            Comparator<Optional<BigDecimal>> values = Comparator.comparing(o -> o.orElse(null),
                    Comparator.nullsLast(sort.descending() ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder()));
            order = Comparator.comparing((Row r) -> valueOf(r, sort.column()), values).thenComparing(byName);
        }
        var sortedRows = new ArrayList<>(rows);
        sortedRows.sort(order);
        return new Gradebook(quizzes, sortedRows);
    }

    private static Optional<BigDecimal> valueOf(Row row, String column) {
        if ("total".equals(column)) {
            return row.total();
        }
        try {
            return row.cell(Long.parseLong(column.replace("quiz-", ""))).percent();
        } catch (NumberFormatException notAColumn) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> mean(List<Optional<BigDecimal>> values) {
        var present = values.stream().flatMap(Optional::stream).toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP));
    }
}
