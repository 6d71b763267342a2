package app.steppe.gradebook.domain;

/**
 * Cells a spreadsheet must not run as a formula (CSV injection, OWASP): a value starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe, which spreadsheets show as text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
