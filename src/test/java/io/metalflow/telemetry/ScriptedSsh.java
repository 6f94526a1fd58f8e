package io.metalflow.telemetry;

import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.SshCommandRunner;
import io.metalflow.ssh.SshTunnel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An {@link SshCommandRunner} double: answers each argv with a scripted function; records calls.
 */
final class ScriptedSsh implements SshCommandRunner {

  final List<List<String>> calls = new ArrayList<>();
  private final Function<List<String>, CommandResult> answer;

  ScriptedSsh(Function<List<String>, CommandResult> answer) {
    this.answer = answer;
  }

  static ScriptedSsh answering(int exitCode, String stdout, String stderr) {
    return new ScriptedSsh(argv -> new CommandResult(exitCode, stdout, stderr));
  }

  @Override
  public synchronized CommandResult run(List<String> argv, Duration timeout) {
    calls.add(List.copyOf(argv));
    return answer.apply(argv);
  }

  @Override
  public void upload(String remotePath, byte[] content, int mode) {}

  @Override
  public void remove(String remotePath) {}

  @Override
  public SshTunnel openTunnel(String targetHost, int targetPort) {
    throw new UnsupportedOperationException("no tunnels in this double");
  }
}
