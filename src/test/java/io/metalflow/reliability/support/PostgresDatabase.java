package io.metalflow.reliability.support;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL database the cluster test runs on: {@code METALFLOW_IT_DB_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/metalflow_it}), {@code METALFLOW_IT_DB_USER} and {@code
 * METALFLOW_IT_DB_PASSWORD} (default {@code metalflow_it} both; {@code .ci/run} creates them).
 * Without a reachable database the test is skipped locally and fails under {@code CI=true}.
 */
public final class PostgresDatabase {

  private final String url;
  private final String user;
  private final String password;

  private PostgresDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** The configured database, reachable; otherwise the test aborts (locally) or fails (CI). */
  public static PostgresDatabase require() {
    PostgresDatabase db =
        new PostgresDatabase(
            env("METALFLOW_IT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/metalflow_it"),
            env("METALFLOW_IT_DB_USER", "metalflow_it"),
            env("METALFLOW_IT_DB_PASSWORD", "metalflow_it"));
    try (Connection c = db.connect()) {
      return db;
    } catch (SQLException e) {
      String why =
          "PostgreSQL not reachable at " + db.url + " as " + db.user + ": " + e.getMessage();
      if ("true".equals(System.getenv("CI"))) {
        fail(why + " (CI=true: .ci/run installs and starts PostgreSQL)");
      }
      Assumptions.abort(why);
      return db;
    }
  }

  private static String env(String key, String fallback) {
    String value = System.getenv(key);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Drops everything the user owns in the database: the engine creates its schema anew. */
  public void reset() {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("DROP OWNED BY CURRENT_USER CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset " + url, e);
    }
  }

  /** The environment a Metalflow node with profile {@code postgres} reads. */
  public Map<String, String> metalflowEnvironment() {
    return Map.of(
        "METALFLOW_DB_URL", url, "METALFLOW_DB_USER", user, "METALFLOW_DB_PASSWORD", password);
  }

  /**
   * Ids of the jobs {@code lockOwner} holds (a job keeps its owner until it is done or unlocked).
   */
  public List<String> jobsLockedBy(String lockOwner) {
    String sql = "SELECT ID_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ = ?";
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, lockOwner);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the job table", e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }
}
