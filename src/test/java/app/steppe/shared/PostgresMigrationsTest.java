package app.steppe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The same Flyway migrations that build the H2 schema must run on a real PostgreSQL (embedded, no Docker). */
class PostgresMigrationsTest {

    @Test
    void everyMigrationRunsOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            MigrateResult result = Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
            assertThat(tables(postgres)).contains("app_user", "course", "login_failure", "spring_session",
                    "spring_session_attributes", "reading", "reading_version", "reading_paragraph", "question_set", "question_version", "question_citation");
        }
    }

    private static List<String> tables(EmbeddedPostgres postgres) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
