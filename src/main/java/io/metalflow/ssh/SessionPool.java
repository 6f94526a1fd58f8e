package io.metalflow.ssh;

import com.jcraft.jsch.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A bounded set of SSH sessions, each lent to one caller at a time and reused for the next call. A
 * session found dead (not connected, or unable to open a channel) is replaced once, transparently.
 */
final class SessionPool implements AutoCloseable {

  private final SessionFactory factory;
  private final String address;
  private final List<Slot> slots = new ArrayList<>();
  private final BlockingQueue<Slot> idle;
  private volatile boolean closed;

  SessionPool(SessionFactory factory, String address, int size) {
    this.factory = factory;
    this.address = address;
    this.idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Slot slot = new Slot();
      slots.add(slot);
      idle.add(slot);
    }
  }

  /** Runs {@code work} on a live session, waiting up to {@code wait} for one to be free. */
  <T> T withSession(Duration wait, Function<Session, T> work) {
    Slot slot = borrow(wait);
    try {
      return slot.use(work);
    } finally {
      idle.add(slot);
    }
  }

  /** How many sessions are connected now. */
  int connectedSessions() {
    return (int) slots.stream().filter(Slot::isConnected).count();
  }

  /** Throws if {@link #close()} was called. */
  void ensureOpen() {
    if (closed) {
      throw new SshException(address, "the SSH connection pool to " + address + " is closed", null);
    }
  }

  private Slot borrow(Duration wait) {
    ensureOpen();
    try {
      Slot slot = idle.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
      if (slot == null) {
        throw new SshException(
            address,
            "all " + slots.size() + " SSH sessions to " + address + " stayed busy for " + wait,
            null);
      }
      return slot;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SshException(address, "interrupted while waiting for an SSH session", e);
    }
  }

  @Override
  public void close() {
    closed = true;
    slots.forEach(Slot::disconnect);
  }

  /** One session slot; only the borrowing thread touches it, close() may disconnect it. */
  private final class Slot {

    private volatile Session session;

    <T> T use(Function<Session, T> work) {
      try {
        return work.apply(live());
      } catch (ChannelOpenFailedException dropped) {
        disconnect();
        return work.apply(live());
      }
    }

    private Session live() {
      Session current = session;
      if (current != null && current.isConnected()) {
        return current;
      }
      disconnect();
      current = factory.open();
      session = current;
      return current;
    }

    boolean isConnected() {
      Session current = session;
      return current != null && current.isConnected();
    }

    void disconnect() {
      Session current = session;
      session = null;
      if (current != null) {
        current.disconnect();
      }
    }
  }
}
