package io.metalflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default H2 file database keeps every commit through a SIGKILL: a child JVM commits rows on
 * the production datasource URL, says how many, and is killed at once; every row it reported is
 * there when the database is opened again. Without it a restarted Metalflow redoes steps whose side
 * effects already happened (a second machine search while the bootstrap runs).
 */
class H2CommitsSurviveSigkillTest {

  static final int ROWS = 20;

  @Test
  void everyCommitReportedBeforeASigkillIsInTheDatabaseAfterwards(@TempDir Path dir)
      throws Exception {
    // Given the production URL on a fresh data directory
    String url = productionUrl().replace("${metalflow.data-dir}", dir.toString());

    // When a JVM commits rows one by one and is SIGKILLed right after the last commit
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CommitThenWait.class.getName(),
                url,
                Integer.toString(ROWS))
            .redirectErrorStream(true)
            .start();
    String lastLine = readUntil(child.getInputStream(), "committed " + ROWS);
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    // Then every committed row is there
    assertThat(lastLine).isEqualTo("committed " + ROWS);
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM STEP")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(ROWS);
    }
  }

  static String productionUrl() throws Exception {
    try (InputStream yaml =
        H2CommitsSurviveSigkillTest.class.getResourceAsStream("/application.yaml")) {
      JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(yaml);
      String url = config.at("/spring/datasource/url").asText();
      assertThat(url).startsWith("jdbc:h2:file:");
      return url;
    }
  }

  private static String readUntil(InputStream output, String wanted) throws Exception {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
    String line;
    String last = null;
    while ((line = lines.readLine()) != null) {
      last = line;
      if (line.equals(wanted)) {
        return line;
      }
    }
    return last;
  }

  /** The child: commits {@code n} rows one transaction each, prints the count, then waits. */
  static final class CommitThenWait {
    public static void main(String[] args) throws Exception {
      int n = Integer.parseInt(args[1]);
      new File(args[0].substring("jdbc:h2:file:".length())).getParentFile().mkdirs();
      try (Connection c = DriverManager.getConnection(args[0], "sa", "");
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE STEP (ID INT PRIMARY KEY)");
        for (int i = 1; i <= n; i++) {
          s.execute("INSERT INTO STEP VALUES (" + i + ")");
        }
        System.out.println("committed " + n);
        System.out.flush();
        Thread.sleep(60_000);
      }
    }
  }
}
