package io.metalflow.bench;

/**
 * A stretch of time a process spent waiting on machines.
 *
 * @param kind {@code commissioning}, {@code deployment} or {@code release}
 * @param fromMillis start (epoch ms)
 * @param toMillis end (epoch ms)
 * @param machines how many machines were being waited on
 */
record WaitWindow(String kind, long fromMillis, long toMillis, int machines) {

  boolean contains(long millis) {
    return millis >= fromMillis && millis < toMillis;
  }

  long millis() {
    return toMillis - fromMillis;
  }
}
