package io.metalflow.lab.juju;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Detached jobs as the real wrapper keeps them: {@code <home>/.metalflow/runs/RUN_ID/} holds {@code
 * argv.json}, the combined output in {@code log} and, once the job ended, its exit code in {@code
 * exit}. Jobs run in background threads and outlive the SSH session that started them. When the
 * host shuts down they stop without an exit code and are resumed by the next start (with {@link
 * #RESUME_ENV} set, so bootstrap and destroy-controller continue where they were).
 *
 * <p>{@link #stop} plays the wrapper's SIGINT: it interrupts the job's thread after marking the run
 * as stopping ({@link #stopRequested}), so a program can tell a stop (clean up and exit, as juju
 * does on Ctrl-C) from a host shutdown (leave things to resume). A job that has not ended when the
 * grace is over is abandoned as SIGKILL would leave it: exit 137. Threads have no SIGTERM stage.
 */
final class Jobs implements AutoCloseable {

  static final String RESUME_ENV = "LAB_JOB_RESUMED";
  static final String JOB_ENV = "LAB_JOB";

  static final int INTERRUPTED = 130;
  static final int KILLED = 137;

  private final Path runs;
  private final Map<String, Thread> running = new ConcurrentHashMap<>();
  private final Set<String> live = ConcurrentHashMap.newKeySet();
  private final Set<String> stopping = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;

  Jobs(Path home) {
    this.runs = home.resolve(".metalflow/runs");
  }

  /** Starts argv under runId; false, and nothing started, when the run id exists. */
  synchronized boolean start(String runId, List<String> argv, HostProgram shell) {
    Path dir = runs.resolve(runId);
    if (Files.exists(dir)) {
      return false;
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("argv.json"), Output.json(argv));
      Files.createFile(dir.resolve("log"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create run " + dir, e);
    }
    launch(dir, argv, shell, Map.of(JOB_ENV, runId));
    return true;
  }

  /**
   * {@code running}, {@code exited N} or {@code unknown}. A run that is neither running nor has an
   * exit code (its job vanished) is recorded as {@code exited 255}, as the real wrapper does.
   */
  synchronized String status(String runId) {
    Path dir = runs.resolve(runId);
    if (!Files.isDirectory(dir)) {
      return "unknown";
    }
    Path exit = dir.resolve("exit");
    if (!Files.exists(exit) && !live.contains(runId)) {
      RunFiles.appendLog(
          dir, "metalflow-run: the job of run " + runId + " ended without an exit code\n");
      RunFiles.recordExit(dir, 255);
    }
    return Files.exists(exit) ? "exited " + RunFiles.read(exit).strip() : "running";
  }

  /** The log from byte {@code offset} on; empty when the run is unknown. */
  Optional<byte[]> log(String runId, long offset) {
    Path log = runs.resolve(runId).resolve("log");
    if (!Files.isDirectory(log.getParent())) {
      return Optional.empty();
    }
    if (!Files.exists(log)) {
      return Optional.of(new byte[0]);
    }
    try {
      byte[] all = Files.readAllBytes(log);
      int from = (int) Math.min(Math.max(offset, 0), all.length);
      return Optional.of(java.util.Arrays.copyOfRange(all, from, all.length));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + log, e);
    }
  }

  /**
   * {@code stopped RUN_ID} after interrupting a running job and waiting up to {@code grace} for it
   * to end; {@code exited N} when it had ended (nothing done); {@code unknown}. The exit code is
   * the job's own when it returned one, 130 when it ended without one, 137 when it had to be
   * abandoned.
   */
  String stop(String runId, Duration grace) throws InterruptedException {
    Thread job;
    synchronized (this) {
      Path dir = runs.resolve(runId);
      job = running.get(runId);
      if (!Files.isDirectory(dir) || Files.exists(dir.resolve("exit")) || job == null) {
        return status(runId);
      }
      stopping.add(runId);
      RunFiles.appendLog(dir, "metalflow-run: stop: sending SIGINT to the job\n");
      job.interrupt();
    }
    job.join(Math.max(1, grace.toMillis()));
    synchronized (this) {
      Path dir = runs.resolve(runId);
      if (job.isAlive()) {
        RunFiles.appendLog(dir, "metalflow-run: stop: sending SIGKILL to the job\n");
        RunFiles.recordExit(dir, KILLED);
      } else {
        RunFiles.recordExit(dir, INTERRUPTED);
      }
      live.remove(runId);
      return "stopped " + runId;
    }
  }

  /** The run is being stopped: its program should clean up and exit, not wait to be resumed. */
  boolean stopRequested(String runId) {
    return stopping.contains(runId);
  }

  /** Restarts every run that has no exit code yet (the host went down while it ran). */
  void resumeUnfinished(HostProgram shell) {
    if (!Files.isDirectory(runs)) {
      return;
    }
    try (Stream<Path> dirs = Files.list(runs)) {
      for (Path dir : dirs.toList()) {
        Path argvFile = dir.resolve("argv.json");
        if (!Files.exists(dir.resolve("exit")) && Files.exists(argvFile)) {
          List<String> argv = List.of(Output.JSON.readValue(argvFile.toFile(), String[].class));
          String runId = dir.getFileName().toString();
          launch(dir, argv, shell, Map.of(JOB_ENV, runId, RESUME_ENV, "true"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scan " + runs, e);
    }
  }

  private void launch(Path dir, List<String> argv, HostProgram shell, Map<String, String> env) {
    String runId = dir.getFileName().toString();
    live.add(runId);
    Thread thread = new Thread(() -> runJob(dir, argv, shell, env), "lab-job-" + runId);
    thread.setDaemon(true);
    running.put(runId, thread);
    thread.start();
  }

  private void runJob(Path dir, List<String> argv, HostProgram shell, Map<String, String> env) {
    try (OutputStream file = Files.newOutputStream(dir.resolve("log"), StandardOpenOption.APPEND);
        PrintStream log = new PrintStream(file, true, StandardCharsets.UTF_8)) {
      Invocation job = new Invocation(argv, env, false, InputStream.nullInputStream(), log, log);
      int code = shell.run(job);
      log.flush();
      if (!closing) {
        RunFiles.recordExit(dir, code);
        live.remove(dir.getFileName().toString());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException("job " + dir.getFileName() + " lost its files", e);
    } finally {
      running.remove(dir.getFileName().toString(), Thread.currentThread());
    }
  }

  /** Stops running jobs as a host shutdown would: they leave no exit code. */
  @Override
  public void close() {
    closing = true;
    for (Thread thread : running.values()) {
      thread.interrupt();
    }
    for (Thread thread : running.values()) {
      try {
        thread.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
