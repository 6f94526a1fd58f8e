package io.metalflow.ssh;

import java.util.List;
import java.util.stream.Collectors;

/**
 * POSIX shell quoting: every argument becomes one single-quoted word, so nothing in it (spaces,
 * {@code $}, backticks, globs, semicolons, newlines) is interpreted by the remote shell.
 */
final class ShellQuoting {

  private ShellQuoting() {}

  /** {@code it's} becomes {@code 'it'\''s'}; the empty string becomes {@code ''}. */
  static String quote(String argument) {
    if (argument.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a shell argument cannot contain a NUL character");
    }
    return "'" + argument.replace("'", "'\\''") + "'";
  }

  /** Joins argv into one command line whose words are exactly argv. */
  static String join(List<String> argv) {
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("argv must name a command");
    }
    return argv.stream().map(ShellQuoting::quote).collect(Collectors.joining(" "));
  }
}
