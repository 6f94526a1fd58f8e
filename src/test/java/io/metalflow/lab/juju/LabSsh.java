package io.metalflow.lab.juju;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSch client for the tests: strict host key checking against the simulator's known_hosts, the
 * generated client key, argv sent single-quoted as Metalflow's runner sends it.
 */
final class LabSsh implements AutoCloseable {

  /** What a command did. */
  record Result(int exitCode, String stdout, String stderr) {}

  private final Session session;

  LabSsh(MainHostSimulator host) throws JSchException {
    this(host, host.clientKeyFile(), "ubuntu");
  }

  LabSsh(MainHostSimulator host, Path key, String user) throws JSchException {
    JSch jsch = new JSch();
    jsch.addIdentity(key.toString());
    jsch.setKnownHosts(host.knownHostsFile().toString());
    session = jsch.getSession(user, host.host(), host.port());
    session.setConfig("StrictHostKeyChecking", "yes");
    session.setConfig("PreferredAuthentications", "publickey");
    session.connect(10_000);
  }

  static String quote(String arg) {
    return "'" + arg.replace("'", "'\\''") + "'";
  }

  Result run(String... argv) throws Exception {
    return runWithInput("", argv);
  }

  Result runWithInput(String stdin, String... argv) throws Exception {
    List<String> quoted = new ArrayList<>();
    for (String arg : argv) {
      quoted.add(quote(arg));
    }
    return exec(String.join(" ", quoted), stdin);
  }

  Result exec(String line, String stdin) throws Exception {
    ChannelExec channel = (ChannelExec) session.openChannel("exec");
    channel.setCommand(line);
    InputStream out = channel.getInputStream();
    InputStream err = channel.getErrStream();
    // stdin is written and closed (EOF) after connecting: a pump thread set up with
    // setInputStream races with a command that ends before JSch started that thread
    OutputStream in = channel.getOutputStream();
    channel.connect(10_000);
    try {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
      in.close();
    } catch (IOException e) {
      // the command ended and closed the channel before reading stdin
    }
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      stdout.write(out.readNBytes(out.available()));
      stderr.write(err.readNBytes(err.available()));
      if (channel.isClosed() && out.available() == 0 && err.available() == 0) {
        break;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("command did not finish: " + line);
      }
      Thread.sleep(5);
    }
    int code = channel.getExitStatus();
    channel.disconnect();
    return new Result(
        code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
  }

  /** Starts a command and returns its channel, for tests that hang up on it. */
  ChannelExec startOnly(String... argv) throws JSchException {
    List<String> quoted = new ArrayList<>();
    for (String arg : argv) {
      quoted.add(quote(arg));
    }
    ChannelExec channel = (ChannelExec) session.openChannel("exec");
    channel.setCommand(String.join(" ", quoted));
    channel.connect(10_000);
    return channel;
  }

  void upload(String path, byte[] content, int mode) throws JSchException, SftpException {
    ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
    sftp.connect(10_000);
    try {
      mkdirs(sftp, path);
      sftp.put(new ByteArrayInputStream(content), path);
      sftp.chmod(mode, path);
    } finally {
      sftp.disconnect();
    }
  }

  private static void mkdirs(ChannelSftp sftp, String path) {
    String[] parts = path.split("/");
    StringBuilder dir = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      dir.append(i == 0 ? "" : "/").append(parts[i]);
      try {
        sftp.mkdir(dir.toString());
      } catch (SftpException e) {
        // exists
      }
    }
  }

  /** Forwards a local port to {@code host:port} through the main host ({@code ssh -L}). */
  int forward(String host, int port) throws JSchException {
    return session.setPortForwardingL("127.0.0.1", 0, host, port);
  }

  boolean isConnected() {
    return session.isConnected();
  }

  @Override
  public void close() {
    session.disconnect();
  }
}
