package io.metalflow.juju;

import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.SshCommandRunner;
import io.metalflow.ssh.SshTunnel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * A recording {@link SshCommandRunner} double: answers each command from a script (first unused
 * entry whose words begin the argv, with or without its program) and records every command, upload
 * and removal in order. An unscripted command fails the test.
 */
final class ScriptedRunner implements SshCommandRunner {

  record Upload(String path, String content, int mode) {}

  private record Entry(List<String> words, Supplier<CommandResult> answer) {}

  private final List<Entry> script = new ArrayList<>();
  private CommandResult fallback;
  final List<List<String>> commands = new ArrayList<>();
  final List<Duration> timeouts = new ArrayList<>();
  final List<Upload> uploads = new ArrayList<>();
  final List<String> removals = new ArrayList<>();
  final List<String> events = new ArrayList<>();

  ScriptedRunner ok(String stdout, String... words) {
    return answer(new CommandResult(0, stdout, ""), words);
  }

  ScriptedRunner fail(int exitCode, String stdout, String stderr, String... words) {
    return answer(new CommandResult(exitCode, stdout, stderr), words);
  }

  ScriptedRunner answer(CommandResult result, String... words) {
    return answer(() -> result, words);
  }

  ScriptedRunner answer(Supplier<CommandResult> result, String... words) {
    script.add(new Entry(List.of(words), result));
    return this;
  }

  /** Answers every unscripted command with {@code result} instead of failing the test. */
  ScriptedRunner otherwise(CommandResult result) {
    this.fallback = result;
    return this;
  }

  boolean touched() {
    return !commands.isEmpty() || !uploads.isEmpty() || !removals.isEmpty();
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    commands.add(List.copyOf(argv));
    timeouts.add(timeout);
    events.add("run " + String.join(" ", argv));
    for (Iterator<Entry> it = script.iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      if (startsWith(argv, entry.words())
          || startsWith(argv.subList(1, argv.size()), entry.words())) {
        it.remove();
        return entry.answer().get();
      }
    }
    if (fallback != null) {
      return fallback;
    }
    throw new AssertionError("unexpected command: " + argv);
  }

  @Override
  public void upload(String remotePath, byte[] content, int mode) {
    uploads.add(new Upload(remotePath, new String(content, StandardCharsets.UTF_8), mode));
    events.add("upload " + remotePath);
  }

  @Override
  public void remove(String remotePath) {
    removals.add(remotePath);
    events.add("remove " + remotePath);
  }

  @Override
  public SshTunnel openTunnel(String targetHost, int targetPort) {
    throw new AssertionError("no tunnel expected");
  }

  private static boolean startsWith(List<String> argv, List<String> words) {
    return argv.size() >= words.size() && argv.subList(0, words.size()).equals(words);
  }
}
