package io.metalflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * (e): {@code clients} threads each start {@code observability-stack} over the REST API ({@code
 * POST …/process-definition/key/observability-stack/start}, HTTP Basic as admin), {@code perClient}
 * times, all at once after a common go; timed from sending the request to the whole answer. The
 * start is the real one (start listener, variables, first job); the controller name is invalid, so
 * each instance ends at "Invalid input" in its first job and touches no lab.
 */
final class RestLoad {

  static final String PASSWORD = "Bench-Pass-4711!";

  private static final String START_BODY =
      "{\"businessKey\":\"%s\",\"variables\":{\"controllerName\":"
          + "{\"value\":\"%s\",\"type\":\"String\"},\"enableDashboard\":"
          + "{\"value\":false,\"type\":\"Boolean\"}}}";
  private static final String INVALID_CONTROLLER = "REST load: not a controller name";

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String auth =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

  RestLoad(int port) {
    this.base = URI.create("http://127.0.0.1:" + port + "/engine-rest/");
  }

  /** Start latencies in ms, every client's, in no particular order. */
  List<Double> run(int clients, int perClient) throws Exception {
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        done.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < perClient; i++) {
                    latencies.add(start("rest-" + client + "-" + i));
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return latencies;
  }

  /**
   * Open loop: {@code clients} threads together send {@code perSecond} starts per second for {@code
   * seconds}, each client on its own fixed schedule (client {@code c} at {@code c/perSecond} past
   * the go, then every {@code clients/perSecond}). A start's latency is counted from when it was
   * due, not from when it was sent, so a client held up by a slow answer does not hide the wait of
   * the starts queued behind it.
   */
  List<Double> paced(int clients, double perSecond, double seconds) throws Exception {
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    long periodNanos = (long) (clients / perSecond * 1e9);
    int perClient = (int) Math.max(1, Math.round(seconds * perSecond / clients));
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long go = System.nanoTime() + 100_000_000L;
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        long first = go + (long) (client / perSecond * 1e9);
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perClient; i++) {
                    long due = first + i * periodNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                      TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    start("paced-" + client + "-" + i);
                    latencies.add((System.nanoTime() - due) / 1e6);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return latencies;
  }

  private double start(String key) throws IOException, InterruptedException {
    HttpRequest start =
        request("process-definition/key/observability-stack/start")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    String.format(START_BODY, key, INVALID_CONTROLLER)))
            .build();
    long t0 = System.nanoTime();
    HttpResponse<String> started = http.send(start, HttpResponse.BodyHandlers.ofString());
    double millis = (System.nanoTime() - t0) / 1e6;
    if (started.statusCode() != 200) {
      throw new IllegalStateException("start answered HTTP " + started.statusCode());
    }
    if (ManualProcedure.json(started.body()).path("id").asText().isEmpty()) {
      throw new IllegalStateException("start answered without an instance id");
    }
    return millis;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", auth);
  }
}
