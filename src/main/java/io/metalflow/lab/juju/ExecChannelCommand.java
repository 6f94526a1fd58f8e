package io.metalflow.lab.juju;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * One {@code exec} request: splits the line as sh would, runs it through the host's shell on a
 * worker thread and reports the exit status. Closing the channel interrupts the command (as SIGHUP
 * would). An armed dropped-connection fault closes the whole SSH session after the command ran but
 * before its exit status is sent.
 */
final class ExecChannelCommand implements Command {

  private final String line;
  private final HostProgram shell;
  private final LabFaults faults;
  private final ExecutorService workers;
  private InputStream in;
  private OutputStream out;
  private OutputStream err;
  private ExitCallback exit;
  private Future<?> task;

  ExecChannelCommand(String line, HostProgram shell, LabFaults faults, ExecutorService workers) {
    this.line = line;
    this.shell = shell;
    this.faults = faults;
    this.workers = workers;
  }

  @Override
  public void start(ChannelSession channel, Environment env) {
    task = workers.submit(() -> execute(channel, env));
  }

  private void execute(ChannelSession channel, Environment env) {
    PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
    List<String> argv;
    try {
      argv = ShellWords.split(line);
    } catch (ShellWords.SyntaxError e) {
      stderr.println("sh: 1: Syntax error: " + e.getMessage());
      exit.onExit(2);
      return;
    }
    boolean drop = faults.takeDroppedConnection(names(argv));
    try {
      int code = shell.run(new Invocation(argv, env.getEnv(), false, in, stdout, stderr));
      stdout.flush();
      stderr.flush();
      if (drop) {
        channel.getSession().close(true);
      } else {
        exit.onExit(code);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What a dropped-connection fault may be armed for: sub-command, program, or both. */
  static List<String> names(List<String> argv) {
    List<String> words = argv;
    while (!words.isEmpty() && (words.get(0).equals("sudo") || words.get(0).startsWith("-"))) {
      words = words.subList(1, words.size());
    }
    List<String> names = new ArrayList<>();
    if (words.isEmpty()) {
      return names;
    }
    String program = words.get(0).substring(words.get(0).lastIndexOf('/') + 1);
    String sub = words.size() > 1 ? words.get(1) : "";
    if (program.equals("juju") && !sub.isEmpty()) {
      names.add(sub);
    }
    if (!sub.isEmpty()) {
      names.add(program + " " + sub);
    }
    names.add(program);
    return names;
  }

  @Override
  public void destroy(ChannelSession channel) {
    if (task != null) {
      task.cancel(true);
    }
  }

  @Override
  public void setInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public void setOutputStream(OutputStream out) {
    this.out = out;
  }

  @Override
  public void setErrorStream(OutputStream err) {
    this.err = err;
  }

  @Override
  public void setExitCallback(ExitCallback callback) {
    this.exit = callback;
  }
}
