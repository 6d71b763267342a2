package app.steppe.questionbank.domain.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.Node;

import app.steppe.questionbank.domain.matching.SpellingEquivalents;
import app.steppe.questionbank.domain.matching.TextNormaliser;

/**
 * Reads the course-wide equivalent spellings, {@code questions/spellings.yaml}:
 * <pre>
 * equivalents:
 *   - [Tokayev, Toqaev, Tokaev]
 * </pre>
 * A spelling may belong to one group only, or an answer could be made canonical two ways.
 */
public final class SpellingsYamlReader {

    public YamlReadResult<SpellingEquivalents> read(String fileName, byte[] content) {
        YamlDocumentLoader.Loaded loaded = YamlDocumentLoader.load(content);
        if (loaded instanceof YamlDocumentLoader.Unreadable unreadable) {
            return new YamlReadResult.Rejected<>(List.of(new YamlProblem(fileName, unreadable.line(), null, unreadable.violation())));
        }
        ReadContext context = new ReadContext();
        Optional<List<List<String>>> groups = YamlMap.of(((YamlDocumentLoader.Document) loaded).root(), "", context)
                .flatMap(root -> {
                    root.allowOnly(List.of("equivalents"));
                    return root.requiredList("equivalents", (node, path) -> group(node, path, context));
                });
        groups.ifPresent(read -> checkEachSpellingInOneGroup(read, context));
        if (context.problemCount() > 0) {
            List<YamlProblem> problems = new ArrayList<>(context.problems().stream()
                    .map(problem -> new YamlProblem(fileName, problem.line(), null, problem.violation()))
                    .toList());
            problems.sort(Comparator.comparingInt(YamlProblem::line));
            return new YamlReadResult.Rejected<>(problems);
        }
        return new YamlReadResult.Accepted<>(SpellingEquivalents.of(groups.orElseThrow()));
    }

    private static Optional<List<String>> group(Node node, String path, ReadContext context) {
        Optional<List<String>> spellings = YamlLists.texts(node, path, context);
        spellings.ifPresent(group -> {
            if (group.size() < 2) {
                context.problem(node, path, "spellings.group.tooSmall", group.size());
            }
            for (int i = 0; i < group.size(); i++) {
                if (TextNormaliser.normalise(group.get(i), false).isEmpty()) {
                    context.problemAt(ReadContext.item(path, i), "spellings.spelling.missing");
                }
            }
        });
        return spellings;
    }

    private static void checkEachSpellingInOneGroup(List<List<String>> groups, ReadContext context) {
        Map<String, Integer> groupOfSpelling = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < groups.get(g).size(); i++) {
                String spelling = groups.get(g).get(i);
                String normalised = TextNormaliser.normalise(spelling, false);
                Integer first = groupOfSpelling.putIfAbsent(normalised, g);
                if (first != null && first != g && !normalised.isEmpty()) {
                    String path = ReadContext.item(ReadContext.item("equivalents", g), i);
                    context.problemAt(path, "spellings.spelling.inTwoGroups", spelling, first + 1, g + 1);
                }
            }
        }
    }
}
