package io.metalflow.reliability.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A random {@code 127.X.Y.} prefix for a lab's machine addresses, so the Grafana and Prometheus
 * stand-ins of this run (ports 3000, 9090, 8080 on each address) never collide with another lab
 * running on the same machine at the same time.
 */
public final class LoopbackPrefix {

  private LoopbackPrefix() {}

  public static String random() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "127." + random.nextInt(100, 200) + "." + random.nextInt(0, 250) + ".";
  }
}
