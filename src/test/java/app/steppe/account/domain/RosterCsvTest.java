package app.steppe.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class RosterCsvTest {

    private static RosterCsv.Result parse(String csv) {
        return RosterCsv.parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static RosterProblem problem(int row, String key, Object... args) {
        return RosterProblem.of(row, key, args);
    }

    @Test
    void readsAGoodFileWithoutHeaderKeepingKazakhAndRussianNames() {
        var result = parse("""
                aigerim.n,Айгерім Нұрланқызы,aigerim@example.kz
                dmitry,"Иванов, Дмитрий",
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.entries()).containsExactly(
                new RosterCsv.Entry(1, "aigerim.n", "Айгерім Нұрланқызы", "aigerim@example.kz"),
                new RosterCsv.Entry(2, "dmitry", "Иванов, Дмитрий", null));
    }

    @Test
    void skipsAHeaderRowAndCountsRowsAsInTheFile() {
        var result = parse("Username,Display name,Email\nSaule_K,Сәуле Қасымова,saule@example.kz\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.entries()).containsExactly(new RosterCsv.Entry(2, "saule_k", "Сәуле Қасымова", "saule@example.kz"));
    }

    @Test
    void doesNotMistakeAStudentCalledUserForAHeader() {
        var result = parse("user,Ерлан Серікұлы,\n");

        assertThat(result.entries()).extracting(RosterCsv.Entry::username).containsExactly("user");
    }

    @Test
    void readsAUtf8ByteOrderMarkAndSemicolonsAsSpreadsheetsWriteThem() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "username;display name;email\r\nerlan;Ерлан Серікұлы;\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        var result = RosterCsv.parse(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.entries()).containsExactly(new RosterCsv.Entry(2, "erlan", "Ерлан Серікұлы", null));
    }

    @Test
    void reportsEveryBadRowWithItsRowNumberAndWhy() {
        var result = parse("""
                username,display name,email
                ok.one,Асқар Бекұлы,askar@example.kz
                missing.name,,
                Bad Name!,Ivan Petrov,
                ok.one,Асқар Екінші,
                x,Too Short,
                bad.email,Нұржан,not-an-email

                only-one-column
                a,b,c,d
                """);

        assertThat(result.problems()).containsExactly(
                problem(3, "roster.displayName.missing", ""),
                problem(4, "roster.username.invalid", "Bad Name!"),
                problem(5, "roster.username.duplicateInFile", "ok.one", 2),
                problem(6, "roster.username.invalid", "x"),
                problem(7, "roster.email.invalid", "not-an-email"),
                problem(9, "roster.columnCount", 1),
                problem(10, "roster.columnCount", 4));
        assertThat(result.entries()).extracting(RosterCsv.Entry::row).containsExactly(2);
    }

    @Test
    void reportsAMissingUsername() {
        assertThat(parse(",Асқар Бекұлы,\n").problems()).containsExactly(problem(1, "roster.username.missing", ""));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] windows1251 = {(byte) 0xC8, (byte) 0xE2, (byte) 0xE0, (byte) 0xED, ',', 'x'};

        assertThat(RosterCsv.parse(windows1251).problems()).containsExactly(problem(0, "roster.notUtf8"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(parse("username,display name,email\n\n").problems()).containsExactly(problem(0, "roster.empty"));
    }

    @Test
    void refusesAFileOverOneMegabyte() {
        assertThat(RosterCsv.parse(new byte[RosterCsv.MAX_BYTES + 1]).problems())
                .containsExactly(problem(0, "roster.tooLarge", 1024));
    }

    @Test
    void acceptsTwoThousandRowsButNotOneMore() {
        var csv = new StringBuilder();
        for (int i = 0; i < RosterCsv.MAX_ROWS; i++) {
            csv.append("student").append(i).append(",Student ").append(i).append('\n');
        }
        assertThat(parse(csv.toString()).entries()).hasSize(RosterCsv.MAX_ROWS);

        csv.append("one.more,One More\n");
        assertThat(parse(csv.toString()).problems()).containsExactly(problem(0, "roster.tooManyRows", 2000));
    }

    @Test
    void reportsAnUnclosedQuote() {
        var result = parse("fine.row,Fine\nbroken,\"Never closed\n");

        assertThat(result.problems()).extracting(RosterProblem::messageKey).containsExactly("roster.malformed");
        assertThat(result.problems().get(0).row()).isEqualTo(2);
    }

    @Test
    void problemsAreListedInRowOrder() {
        var rows = parse("a,,\n,x,\n").problems().stream().map(RosterProblem::row).toList();

        assertThat(rows).isEqualTo(List.of(1, 1, 2));
    }
}
