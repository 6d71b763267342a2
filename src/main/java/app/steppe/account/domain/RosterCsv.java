package app.steppe.account.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a class roster: rows of username, display name and (optionally) email, UTF-8 with or without a BOM,
 * comma- or semicolon-separated (spreadsheets in Kazakh and Russian locales save with semicolons), with or without a
 * header row. Checks every row and reports every problem, so the instructor can fix the file in one go.
 */
public final class RosterCsv {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 2000;

    private static final Set<String> USERNAME_HEADERS = Set.of("username", "user", "login", "логин", "пайдаланушы");
    private static final Set<String> NAME_HEADERS = Set.of("displayname", "name", "fullname", "имя", "фио", "аты", "атыжөні");

    /** One importable row: the username already normalised. */
    public record Entry(int row, String username, String displayName, String email) {
    }

    /** The rows that can be imported and the problems found; the file may be imported only if there are none. */
    public record Result(List<Entry> entries, List<RosterProblem> problems) {
    }

    private RosterCsv() {
    }

    public static Result parse(byte[] content) {
        if (content.length > MAX_BYTES) {
            return fileProblem("roster.tooLarge", MAX_BYTES / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return fileProblem("roster.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parseText(text);
    }

    private static Result parseText(String text) {
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false) // so that record numbers stay the file's row numbers
                .setTrim(true)
                .get();
        var checker = new RosterRowChecker();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            boolean first = true;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (first && isHeader(cells)) {
                    first = false;
                    continue;
                }
                first = false;
                if (checker.rows() == MAX_ROWS) {
                    return fileProblem("roster.tooManyRows", MAX_ROWS);
                }
                checker.check((int) record.getRecordNumber(), cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            // commons-csv reports a broken quote this way; the row is the one after the last good record.
            checker.malformed();
        }
        if (checker.rows() == 0 && checker.problems().isEmpty()) {
            return fileProblem("roster.empty");
        }
        return new Result(checker.entries(), checker.problems());
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    }

    private static boolean isHeader(List<String> cells) {
        return cells.size() >= 2 && USERNAME_HEADERS.contains(label(cells.get(0))) && NAME_HEADERS.contains(label(cells.get(1)));
    }

    private static String label(String cell) {
        return cell.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }

    private static Result fileProblem(String key, Object... args) {
        return new Result(List.of(), List.of(RosterProblem.of(RosterProblem.WHOLE_FILE, key, args)));
    }
}
