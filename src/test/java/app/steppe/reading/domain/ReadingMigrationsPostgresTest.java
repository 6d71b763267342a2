package app.steppe.reading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The reading tables on real PostgreSQL (the app's tests otherwise run on H2). */
class ReadingMigrationsPostgresTest {

    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    @Test
    void migrationsRunOnPostgresAndKeepVersionNumbersAndTextsUnique() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("INSERT INTO reading (slug, title, source, current_version, created_at, revision) "
                        + "VALUES ('silk-road', 'Silk Road', 'SEED', 1, CURRENT_TIMESTAMP, 0)");
                long readingId = single(sql, "SELECT id FROM reading WHERE slug = 'silk-road'");
                sql.execute(versionRow(readingId, 1, HASH_A));
                long versionId = single(sql, "SELECT id FROM reading_version WHERE reading_id = " + readingId);
                sql.execute("INSERT INTO reading_paragraph (version_id, number, text) VALUES (" + versionId + ", 1, 'One.')");

                assertThatThrownBy(() -> sql.execute(versionRow(readingId, 1, HASH_B))).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sql.execute(versionRow(readingId, 2, HASH_A))).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sql.execute("INSERT INTO reading (slug, title, source, current_version, "
                        + "created_at, revision) VALUES ('other', 'Other', 'EMAILED', 1, CURRENT_TIMESTAMP, 0)"))
                        .isInstanceOf(SQLException.class);

                sql.execute("DELETE FROM reading WHERE id = " + readingId);
                assertThat(single(sql, "SELECT count(*) FROM reading_paragraph")).isZero();
            }
        }
    }

    private static String versionRow(long readingId, int number, String hash) {
        return "INSERT INTO reading_version (reading_id, number, content_hash, title, body, created_at) VALUES ("
                + readingId + ", " + number + ", '" + hash + "', 'Silk Road', 'One.', CURRENT_TIMESTAMP)";
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
