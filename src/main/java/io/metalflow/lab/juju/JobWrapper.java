package io.metalflow.lab.juju;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Native emulation of Metalflow's job wrapper {@code .metalflow/bin/metalflow-run} (protocol 2:
 * {@code version}, {@code start RUN_ID -- ARGV...}, {@code status RUN_ID}, {@code log RUN_ID
 * OFFSET}, {@code stop RUN_ID [GRACE]}); the started argv runs through the host's shell in the
 * background, and {@code stop} interrupts it as the real wrapper's SIGINT would (see {@link
 * Jobs#stop}).
 */
final class JobWrapper implements HostProgram {

  static final String VERSION = "metalflow-run 2";
  private static final Pattern RUN_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern GRACE = Pattern.compile("[0-9]{1,5}");
  private static final Duration DEFAULT_GRACE = Duration.ofSeconds(60);
  private static final String USAGE =
      "metalflow-run: usage: metalflow-run version | start RUN_ID -- ARGV... | status RUN_ID"
          + " | log RUN_ID OFFSET | stop RUN_ID [GRACE]";

  private final Jobs jobs;
  private final HostProgram shell;

  JobWrapper(Jobs jobs, HostProgram shell) {
    this.jobs = jobs;
    this.shell = shell;
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    List<String> argv = inv.argv();
    String verb = argv.size() > 1 ? argv.get(1) : "";
    if (verb.equals("version")) {
      inv.out().println(VERSION);
      return 0;
    }
    if (!List.of("start", "status", "log", "stop").contains(verb) || argv.size() < 3) {
      inv.err().println(USAGE);
      return 2;
    }
    String runId = argv.get(2);
    if (!RUN_ID.matcher(runId).matches()) {
      inv.err().println("metalflow-run: invalid run id");
      return 2;
    }
    return switch (verb) {
      case "start" -> start(inv, runId, argv.subList(3, argv.size()));
      case "status" -> status(inv, runId);
      case "stop" -> stop(inv, runId, argv.subList(3, argv.size()));
      default -> log(inv, runId, argv.size() > 3 ? argv.get(3) : "0");
    };
  }

  private int stop(Invocation inv, String runId, List<String> rest) throws InterruptedException {
    if (rest.size() > 1) {
      inv.err().println(USAGE);
      return 2;
    }
    if (!rest.isEmpty() && !GRACE.matcher(rest.get(0)).matches()) {
      inv.err().println("metalflow-run: invalid grace");
      return 2;
    }
    Duration grace =
        rest.isEmpty() ? DEFAULT_GRACE : Duration.ofSeconds(Long.parseLong(rest.get(0)));
    inv.out().println(jobs.stop(runId, grace));
    return 0;
  }

  private int start(Invocation inv, String runId, List<String> rest) {
    if (rest.size() < 2 || !rest.get(0).equals("--")) {
      inv.err().println(USAGE);
      return 2;
    }
    boolean started = jobs.start(runId, rest.subList(1, rest.size()), shell);
    inv.out().println((started ? "started " : "exists ") + runId);
    return 0;
  }

  private int status(Invocation inv, String runId) {
    inv.out().println(jobs.status(runId));
    return 0;
  }

  private int log(Invocation inv, String runId, String offsetText) {
    long offset;
    try {
      offset = Long.parseLong(offsetText);
    } catch (NumberFormatException e) {
      inv.err().println("metalflow-run: invalid offset");
      return 2;
    }
    Optional<byte[]> bytes = jobs.log(runId, offset);
    if (bytes.isEmpty()) {
      inv.err().println("metalflow-run: unknown run " + runId);
      return 1;
    }
    inv.out().write(bytes.get(), 0, bytes.get().length);
    return 0;
  }
}
