package io.metalflow.lab.juju;

import java.util.List;

/**
 * One juju sub-command. Subclasses declare their flags and do their work in {@link #run}; this
 * class turns failures into Juju's streams and exit codes: {@code ERROR …} on stderr, 1 for
 * failures, 2 for usage errors.
 */
abstract class JujuCommand {

  /** The flags this command accepts besides the common ones. */
  abstract FlagSpec flags(FlagSpec common);

  abstract void run(JujuCall call) throws JujuError, InterruptedException;

  final int execute(String name, List<String> args, Invocation invocation, HostContext host)
      throws InterruptedException {
    try {
      ParsedArgs parsed = flags(FlagSpec.common()).parse(args);
      if (parsed.has("help")) {
        invocation.out().println("Usage: juju " + name + " [options]");
        return 0;
      }
      run(new JujuCall(parsed, invocation, host));
      return 0;
    } catch (JujuError e) {
      if (!e.silent()) {
        invocation.err().println("ERROR " + e.getMessage());
      }
      return e.exitCode();
    }
  }

  /** Fails with Juju's message when more positional arguments came than the command takes. */
  static void noExtraArgs(ParsedArgs args, int allowed) throws JujuError {
    if (args.positional().size() > allowed) {
      List<String> extra = args.positional().subList(allowed, args.positional().size());
      StringBuilder quoted = new StringBuilder();
      for (String arg : extra) {
        quoted.append(quoted.length() == 0 ? "" : " ").append('"').append(arg).append('"');
      }
      throw JujuError.usage("unrecognized args: [" + quoted + "]");
    }
  }
}
