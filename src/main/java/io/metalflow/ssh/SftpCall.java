package io.metalflow.ssh;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import java.io.ByteArrayInputStream;

/** Uploads and removals over one SFTP channel. Relative paths are under the login's home. */
final class SftpCall {

  private static final int PRIVATE_DIRECTORY = 0700;

  private final String address;
  private final int connectMillis;

  SftpCall(String address, int connectMillis) {
    this.address = address;
    this.connectMillis = connectMillis;
  }

  /**
   * Creates missing parents (0700), then the file empty, sets its mode, and only then writes the
   * content, so a secret is never readable under a wider mode.
   */
  void upload(Session session, String path, byte[] content, int mode) {
    withSftp(
        session,
        sftp -> {
          makeParents(sftp, path);
          sftp.put(new ByteArrayInputStream(new byte[0]), path, ChannelSftp.OVERWRITE);
          sftp.chmod(mode, path);
          sftp.put(new ByteArrayInputStream(content), path, ChannelSftp.OVERWRITE);
        },
        "upload " + path);
  }

  /** Removes a file; one that is already gone is fine. */
  void remove(Session session, String path) {
    withSftp(
        session,
        sftp -> {
          try {
            sftp.rm(path);
          } catch (SftpException e) {
            if (e.id != ChannelSftp.SSH_FX_NO_SUCH_FILE) {
              throw e;
            }
          }
        },
        "remove " + path);
  }

  private static void makeParents(ChannelSftp sftp, String path) throws SftpException {
    int end = path.lastIndexOf('/');
    if (end <= 0) {
      return;
    }
    StringBuilder prefix = new StringBuilder(path.startsWith("/") ? "/" : "");
    for (String part : path.substring(0, end).split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      prefix.append(part);
      makeDirectory(sftp, prefix.toString());
      prefix.append('/');
    }
  }

  private static void makeDirectory(ChannelSftp sftp, String directory) throws SftpException {
    try {
      sftp.stat(directory);
    } catch (SftpException e) {
      if (e.id != ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        throw e;
      }
      sftp.mkdir(directory);
      sftp.chmod(PRIVATE_DIRECTORY, directory);
    }
  }

  private void withSftp(Session session, SftpWork work, String what) {
    ChannelSftp sftp = open(session);
    try {
      work.run(sftp);
    } catch (SftpException e) {
      throw new SshException(address, "SFTP " + what + " on " + address + " failed: " + e, e);
    } finally {
      sftp.disconnect();
    }
  }

  private ChannelSftp open(Session session) {
    ChannelSftp sftp = null;
    try {
      sftp = (ChannelSftp) session.openChannel("sftp");
      sftp.connect(connectMillis);
      return sftp;
    } catch (JSchException e) {
      if (sftp != null) {
        sftp.disconnect();
      }
      throw new ChannelOpenFailedException(address, "SFTP", e);
    }
  }

  @FunctionalInterface
  private interface SftpWork {
    void run(ChannelSftp sftp) throws SftpException;
  }
}
