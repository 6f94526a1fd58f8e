package io.metalflow.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** One command in one exec channel: send the quoted line, wait for the close, collect streams. */
final class ExecCall {

  private static final long MAX_POLL_MILLIS = 16;

  private final String address;
  private final int connectMillis;

  ExecCall(String address, int connectMillis) {
    this.address = address;
    this.connectMillis = connectMillis;
  }

  CommandResult run(Session session, List<String> argv, Duration timeout) {
    ChannelExec channel = open(session, argv);
    var stdout = new ByteArrayOutputStream();
    var stderr = new ByteArrayOutputStream();
    channel.setOutputStream(stdout, true);
    channel.setErrStream(stderr, true);
    try {
      connect(channel);
      awaitClose(channel, argv.get(0), timeout);
      int exitCode = channel.getExitStatus();
      if (exitCode < 0 && !session.isConnected()) {
        throw new SshException(
            address,
            "the connection to " + address + " dropped while running " + argv.get(0),
            null);
      }
      return new CommandResult(exitCode, utf8(stdout), utf8(stderr));
    } finally {
      channel.disconnect();
    }
  }

  private ChannelExec open(Session session, List<String> argv) {
    try {
      ChannelExec channel = (ChannelExec) session.openChannel("exec");
      channel.setCommand(ShellQuoting.join(argv).getBytes(StandardCharsets.UTF_8));
      channel.setInputStream(null);
      return channel;
    } catch (JSchException e) {
      throw new ChannelOpenFailedException(address, "exec", e);
    }
  }

  private void connect(ChannelExec channel) {
    try {
      channel.connect(connectMillis);
    } catch (JSchException e) {
      throw new ChannelOpenFailedException(address, "exec", e);
    }
  }

  private void awaitClose(ChannelExec channel, String command, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long pause = 1;
    while (!channel.isClosed()) {
      if (System.nanoTime() - deadline > 0) {
        stop(channel);
        throw new SshTimeoutException(
            address,
            "'" + command + "' did not finish within " + plain(timeout) + " on " + address);
      }
      sleep(pause, command);
      pause = Math.min(pause * 2, MAX_POLL_MILLIS);
    }
  }

  /** Best effort: OpenSSH delivers TERM to the command unless it runs under a ForceCommand. */
  private static void stop(ChannelExec channel) {
    try {
      channel.sendSignal("TERM");
    } catch (Exception ignored) {
      // the channel is closed right after; the signal is only a courtesy
    }
    channel.disconnect();
  }

  private void sleep(long millis, String command) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SshException(address, "interrupted while waiting for '" + command + "'", e);
    }
  }

  static String plain(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String utf8(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
