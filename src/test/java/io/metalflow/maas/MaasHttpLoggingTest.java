package io.metalflow.maas;

import static io.metalflow.maas.MaasClientFixture.CONSUMER_KEY;
import static io.metalflow.maas.MaasClientFixture.TOKEN_KEY;
import static io.metalflow.maas.MaasClientFixture.TOKEN_SECRET;
import static io.metalflow.maas.MaasClientFixture.json;
import static io.metalflow.maas.MaasClientFixture.text;
import static io.metalflow.maas.MaasClientFixture.withRetryAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import okhttp3.logging.HttpLoggingInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the MAAS client writes to the log: requests and retries, never the API key. */
class MaasHttpLoggingTest {

  private final Logger maasLogger = (Logger) LoggerFactory.getLogger("io.metalflow.maas");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private MaasClientFixture maas;

  @BeforeEach
  void captureLogs() {
    appender.start();
    maasLogger.addAppender(appender);
    maasLogger.setLevel(Level.DEBUG);
    maas = MaasClientFixture.start(HttpLoggingInterceptor.Level.HEADERS);
  }

  @AfterEach
  void stopCapturing() {
    maas.close();
    maasLogger.detachAppender(appender);
    maasLogger.setLevel(null);
  }

  @Test
  void headersAreLoggedWithTheAuthorizationRedactedAndNoKeyPartAnywhere() {
    maas.server.enqueue(json("whoami.json"));
    maas.server.enqueue(withRetryAfter(text(503, "No rack controllers available."), "1"));
    maas.server.enqueue(json("machine-allocated.json"));
    maas.server.enqueue(
        text(401, "Authorization Error: 'Invalid access token: " + TOKEN_KEY + "'"));

    maas.client.whoami();
    maas.client.allocate(new AllocateRequest(null, null, null, null, null, null, null, "m", null));
    Throwable refused = catchThrowable(() -> maas.client.machine("8dgry3"));

    List<String> lines = lines();
    assertThat(lines)
        .contains("Authorization: ██")
        .anyMatch(line -> line.startsWith("--> GET http://") && line.endsWith("/users/?op=whoami"))
        .anyMatch(line -> line.startsWith("<-- 503 "))
        .anyMatch(line -> line.contains("retry 1/4"));
    List<String> everything = new ArrayList<>(lines);
    everything.add(refused.getMessage());
    for (String secret : List.of(CONSUMER_KEY, TOKEN_KEY, TOKEN_SECRET)) {
      assertThat(everything).noneMatch(line -> line.contains(secret));
    }
  }

  private List<String> lines() {
    return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }
}
