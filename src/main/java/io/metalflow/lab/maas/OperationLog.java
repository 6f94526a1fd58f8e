package io.metalflow.lab.maas;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last 10 000 requests the simulator answered, oldest first. Thread safe. */
final class OperationLog {

  private static final int MAX = 10_000;

  private final Deque<RecordedOperation> operations = new ArrayDeque<>();

  synchronized void record(RecordedOperation operation) {
    operations.addLast(operation);
    if (operations.size() > MAX) {
      operations.removeFirst();
    }
  }

  synchronized List<RecordedOperation> snapshot() {
    return List.copyOf(operations);
  }

  synchronized void clear() {
    operations.clear();
  }
}
