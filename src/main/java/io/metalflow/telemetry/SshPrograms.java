package io.metalflow.telemetry;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code program} tag of an SSH command, from its argv but never its arguments: the basename of
 * argv[0], with the sub-command for {@code juju} ({@code juju status}) and for the job wrapper
 * ({@code metalflow-run status}); {@code sudo X} names X too ({@code sudo snap}). A name that does
 * not look like a program or a sub-command becomes {@code other}, so no caller value can reach a
 * tag.
 */
final class SshPrograms {

  static final String OTHER = "other";

  private static final Pattern PROGRAM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");
  private static final Pattern SUB_COMMAND = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Set<String> WRAPPER_COMMANDS =
      Set.of("version", "start", "status", "log", "stop");

  private SshPrograms() {}

  static String of(List<String> argv) {
    if (argv == null || argv.isEmpty() || argv.get(0) == null) {
      return OTHER;
    }
    String program = basename(argv.get(0));
    String next = argv.size() > 1 ? argv.get(1) : null;
    return switch (program) {
      case "juju" -> withSubCommand(program, next);
      case "metalflow-run" -> WRAPPER_COMMANDS.contains(next) ? program + " " + next : program;
      case "sudo" -> argv.size() > 1 ? "sudo " + of(argv.subList(1, argv.size())) : program;
      default -> program;
    };
  }

  private static String basename(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return PROGRAM.matcher(name).matches() ? name : OTHER;
  }

  private static String withSubCommand(String program, String next) {
    return next != null && SUB_COMMAND.matcher(next).matches() ? program + " " + next : program;
  }
}
