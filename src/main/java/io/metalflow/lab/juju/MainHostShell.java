package io.metalflow.lab.juju;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The main host's {@code sh -c}: runs {@code juju} (once the snap is installed), {@code snap},
 * {@code sudo …} and Metalflow's job wrapper (once uploaded); anything else is {@code sh: 1: X: not
 * found}, exit 127. Every command is recorded in {@link LabJuju#commandLog()}.
 */
final class MainHostShell implements HostProgram {

  static final String WRAPPER = ".metalflow/bin/metalflow-run";
  private static final List<String> JUJU = List.of("juju", "/snap/bin/juju");
  private static final List<String> SNAP = List.of("snap", "/usr/bin/snap", "/snap/bin/snap");

  private final Path home;
  private final LabJuju state;
  private final HostProgram juju;
  private final HostProgram snap;
  private final HostProgram wrapper;

  MainHostShell(Path home, LabJuju state, HostProgram juju, HostProgram snap, Jobs jobs) {
    this.home = home;
    this.state = state;
    this.juju = juju;
    this.snap = snap;
    this.wrapper = new JobWrapper(jobs, this);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    int code = -1;
    try {
      code = dispatch(inv);
      return code;
    } finally {
      CommandLogEntry entry = new CommandLogEntry(inv.argv(), code, Instant.now());
      state.update(s -> s.log(entry));
    }
  }

  private int dispatch(Invocation inv) throws InterruptedException {
    List<String> argv = inv.argv();
    if (argv.isEmpty()) {
      return 0;
    }
    String program = argv.get(0);
    if (program.equals("sudo")) {
      return sudo(inv);
    }
    if (JUJU.contains(program)) {
      return state.clientInstalled() ? juju.run(inv) : notFound(inv, program);
    }
    if (SNAP.contains(program)) {
      return snap.run(inv);
    }
    if (isWrapper(program)) {
      return runWrapper(inv, program);
    }
    if (program.equals("mkdir") || program.equals("/bin/mkdir")) {
      return new MkdirProgram(home).run(inv);
    }
    return notFound(inv, program);
  }

  private int sudo(Invocation inv) throws InterruptedException {
    List<String> rest = inv.argv().subList(1, inv.argv().size());
    while (!rest.isEmpty() && rest.get(0).startsWith("-")) {
      rest = rest.subList(1, rest.size());
    }
    if (rest.isEmpty()) {
      inv.err().println("usage: sudo -h | -K | -k | -V");
      return 1;
    }
    return dispatch(inv.withArgv(rest, true));
  }

  private boolean isWrapper(String program) {
    return program.equals(WRAPPER)
        || program.equals("./" + WRAPPER)
        || program.equals(home.resolve(WRAPPER).toString());
  }

  private int runWrapper(Invocation inv, String program) throws InterruptedException {
    Path file = home.resolve(WRAPPER);
    if (!Files.isRegularFile(file)) {
      return notFound(inv, program);
    }
    if (!Files.isExecutable(file)) {
      inv.err().println("sh: 1: " + program + ": Permission denied");
      return 126;
    }
    return wrapper.run(inv);
  }

  static int notFound(Invocation inv, String program) {
    inv.err().println("sh: 1: " + program + ": not found");
    return 127;
  }
}
