package io.metalflow.lab.juju;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * One run of a program on the main host: its argv, environment, whether it runs as root (under
 * {@code sudo}) and its three streams.
 */
record Invocation(
    List<String> argv,
    Map<String, String> env,
    boolean root,
    InputStream in,
    PrintStream out,
    PrintStream err) {

  Invocation {
    argv = List.copyOf(argv);
    env = Map.copyOf(env);
  }

  /** The same streams with another argv (e.g. after {@code sudo}). */
  Invocation withArgv(List<String> newArgv, boolean asRoot) {
    return new Invocation(newArgv, env, asRoot, in, out, err);
  }
}
