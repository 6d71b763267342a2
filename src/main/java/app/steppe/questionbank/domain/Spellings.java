package app.steppe.questionbank.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.questionbank.domain.QuestionImportReport.FileProblem;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;

/**
 * The course-wide equivalent spellings of transliterated names (questions/spellings.yaml), kept in the database so
 * that every node scores short-text answers with the same list.
 */
@Component
public class Spellings {

    private final JdbcClient jdbc;

    Spellings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the stored list with the file's; a file with errors changes nothing. */
    @Transactional
    public List<FileProblem> importFile(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return List.of(new FileProblem(name, null, null, "import.unreadable", null));
        }
        QuestionSetYaml.ParsedSpellings parsed = QuestionSetYaml.readSpellings(name, bytes);
        if (!parsed.problems().isEmpty()) {
            return parsed.problems();
        }
        jdbc.sql("DELETE FROM spelling_equivalent").update();
        List<List<String>> groups = parsed.spellings().groups();
        for (int g = 0; g < groups.size(); g++) {
            for (String spelling : groups.get(g)) {
                jdbc.sql("INSERT INTO spelling_equivalent (group_no, spelling) VALUES (?, ?)")
                        .params(g, spelling).update();
            }
        }
        return List.of();
    }

    @Transactional(readOnly = true)
    public SpellingEquivalents current() {
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT group_no, spelling FROM spelling_equivalent ORDER BY group_no, id")
                .query((rs, n) -> groups.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return SpellingEquivalents.of(new ArrayList<>(groups.values()));
    }
}
