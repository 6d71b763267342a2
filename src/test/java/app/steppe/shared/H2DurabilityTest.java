package app.steppe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write must survive the process dying right after the commit. A child JVM opens the database
 * with the application's own JDBC URL, commits rows and halts at once (no shutdown hooks, no close); then this
 * test reopens the file and expects every committed row.
 */
class H2DurabilityTest {

    private static final int ROWS = 25;

    @TempDir
    Path dataDir;

    @Test
    void rowsCommittedJustBeforeTheProcessDiesAreOnDisk() throws Exception {
        String url = applicationJdbcUrl(dataDir);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenDie.class.getName(), url)
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isEqualTo(CommitThenDie.HALT_STATUS);
        assertThat(output).contains("committed " + ROWS);

        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM acknowledged")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(ROWS);
        }
    }

    /** The URL from application.properties with the data directory filled in. */
    static String applicationJdbcUrl(Path dataDir) throws IOException {
        Properties props = new Properties();
        try (InputStream in = H2DurabilityTest.class.getResourceAsStream("/application.properties")) {
            props.load(in);
        }
        String url = props.getProperty("spring.datasource.url");
        assertThat(url).contains("WRITE_DELAY=0");
        return url.replace("${steppe.data-dir}", dataDir.toAbsolutePath().toString().replace('\\', '/'));
    }

    /** Runs in the child JVM. */
    public static final class CommitThenDie {

        static final int HALT_STATUS = 77;

        public static void main(String[] args) throws SQLException {
            Connection c = DriverManager.getConnection(args[0], "sa", "");
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE acknowledged (id INT PRIMARY KEY)");
            }
            for (int i = 1; i <= ROWS; i++) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO acknowledged VALUES (" + i + ")");
                }
            }
            System.out.println("committed " + ROWS);
            System.out.flush();
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
