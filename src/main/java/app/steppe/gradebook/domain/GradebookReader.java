package app.steppe.gradebook.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import app.steppe.account.AccountApi;
import app.steppe.attempt.AttemptGrading;
import app.steppe.attempt.AttemptGrading.AttemptHeader;
import app.steppe.gradebook.domain.GradeAcrossAttempts.QuizGrade;
import app.steppe.gradebook.domain.GradeAcrossAttempts.Taken;
import app.steppe.quiz.QuizGradeReleases;
import app.steppe.quiz.QuizGrading;

/** Reads the gradebook and a student's released grades, each in a fixed number of queries. */
@Service
public class GradebookReader {

    /** A released quiz on a student's "My grades" page. */
    public record ReleasedGrade(QuizGrading quiz, QuizGrade grade, List<AttemptHeader> attempts) {
    }

    private final AccountApi accounts;
    private final QuizGradeReleases releases;
    private final AttemptGrading grading;

    GradebookReader(AccountApi accounts, QuizGradeReleases releases, AttemptGrading grading) {
        this.accounts = accounts;
        this.releases = releases;
        this.grading = grading;
    }

    /** Three queries: the students, the quizzes, every attempt's header. */
    public Gradebook gradebook(Instant now) {
        return Gradebook.of(accounts.students(), releases.gradings(now), grading.allAttempts());
    }

    /** Only quizzes whose results are released at {@code now}, and only the student's own attempts. */
    public List<ReleasedGrade> releasedTo(long studentId, Instant now) {
        Map<Long, List<AttemptHeader>> byQuiz = grading.attemptsOfStudent(studentId).stream()
                .collect(Collectors.groupingBy(AttemptHeader::quizId));
        var grades = new ArrayList<ReleasedGrade>();
        for (var quiz : releases.gradings(now)) {
            var attempts = byQuiz.getOrDefault(quiz.quizId(), List.of());
            if (!quiz.released() || attempts.stream().noneMatch(AttemptHeader::finished)) {
                continue;
            }
            grades.add(new ReleasedGrade(quiz, GradeAcrossAttempts.of(quiz.gradingMethod(), taken(attempts)),
                    attempts.stream().filter(AttemptHeader::finished).toList()));
        }
        return grades;
    }

    static List<Taken> taken(List<AttemptHeader> attempts) {
        return attempts.stream().map(a -> new Taken(a.attemptNo(), a.finished(), a.provisional(),
                a.finished() ? a.percentage() : java.util.Optional.empty())).toList();
    }
}
