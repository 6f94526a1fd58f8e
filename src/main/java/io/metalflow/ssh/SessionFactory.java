package io.metalflow.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchAlgoNegoFailException;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchHostKeyException;
import com.jcraft.jsch.JSchRevokedHostKeyException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.Session;
import java.nio.file.Files;
import java.util.Base64;

/**
 * Opens authenticated JSch sessions to the main host, verifying its key against known_hosts, and
 * turns JSch's failures into the {@link SshException} family. Key and known_hosts files are read
 * again for every session, so an operator's fix to either takes effect without a restart.
 */
final class SessionFactory {

  private static final int KEEPALIVE_MILLIS = 15_000;
  private static final int KEEPALIVE_MISSES = 3;

  private final SshProperties properties;

  SessionFactory(SshProperties properties) {
    this.properties = properties;
  }

  /** A connected session; never returns a half-open one. */
  Session open() {
    JSch jsch = new JSch();
    addIdentity(jsch);
    KnownHostKeys known = knownHosts(jsch);
    Session session = newSession(jsch, known);
    try {
      session.connect(connectMillis());
      return session;
    } catch (JSchException e) {
      session.disconnect();
      throw translate(e, session, known);
    }
  }

  int connectMillis() {
    return Math.toIntExact(properties.connectTimeout().toMillis());
  }

  private Session newSession(JSch jsch, KnownHostKeys known) {
    try {
      Session session = jsch.getSession(properties.user(), properties.host(), properties.port());
      session.setConfig("StrictHostKeyChecking", "yes");
      session.setConfig("HashKnownHosts", "no");
      session.setConfig("PreferredAuthentications", "publickey");
      session.setConfig("server_host_key", known.proposal(JSch.getConfig("server_host_key")));
      session.setServerAliveInterval(KEEPALIVE_MILLIS);
      session.setServerAliveCountMax(KEEPALIVE_MISSES);
      session.setDaemonThread(true);
      return session;
    } catch (JSchException e) {
      throw new SshException(properties.host(), "cannot set up an SSH session: " + e, e);
    }
  }

  private void addIdentity(JSch jsch) {
    var keyFile = properties.privateKeyFile();
    if (!Files.isReadable(keyFile)) {
      throw new SshAuthenticationException(
          properties.host(),
          "the SSH private key file " + keyFile + " is missing or unreadable",
          null);
    }
    try {
      jsch.addIdentity(keyFile.toString());
    } catch (JSchException e) {
      throw new SshAuthenticationException(
          properties.host(),
          "the SSH private key file "
              + keyFile
              + " is not an unencrypted OpenSSH or PEM key (ed25519, ECDSA or RSA)",
          null);
    }
  }

  private KnownHostKeys knownHosts(JSch jsch) {
    var file = properties.knownHostsFile();
    try {
      jsch.setKnownHosts(file.toString());
    } catch (JSchException e) {
      throw new SshHostKeyException(
          properties.host(), "cannot read the known_hosts file " + file + ": " + e.getMessage(), e);
    }
    return new KnownHostKeys(
        jsch.getHostKeyRepository(), file, properties.host(), properties.port());
  }

  private SshException translate(JSchException e, Session session, KnownHostKeys known) {
    String host = properties.host();
    if (e instanceof JSchHostKeyException) {
      return new SshHostKeyException(host, hostKeyMessage(e, session, known), e);
    }
    if (e instanceof JSchAlgoNegoFailException nego
        && "server_host_key".equals(nego.getAlgorithmName())) {
      return new SshHostKeyException(host, known.noCommonTypeMessage(nego.getServerProposal()), e);
    }
    String text = String.valueOf(e.getMessage());
    if (text.startsWith("Auth fail") || text.startsWith("Auth cancel")) {
      return new SshAuthenticationException(
          host,
          "the SSH server at "
              + properties.address()
              + " refused the key "
              + properties.privateKeyFile()
              + " for user "
              + properties.user()
              + " (its public key must be in that user's authorized_keys there)",
          e);
    }
    return new SshException(
        host,
        "cannot connect to " + properties.user() + "@" + properties.address() + ": " + text,
        e);
  }

  private String hostKeyMessage(JSchException e, Session session, KnownHostKeys known) {
    if (session.getHostKey() == null) {
      return "The SSH host key of " + properties.address() + " was refused: " + e.getMessage();
    }
    SshFingerprint offered =
        SshFingerprint.of(Base64.getDecoder().decode(session.getHostKey().getKey()));
    if (e instanceof JSchChangedHostKeyException) {
      return known.changedMessage(offered);
    }
    if (e instanceof JSchRevokedHostKeyException) {
      return known.revokedMessage(offered);
    }
    if (e instanceof JSchUnknownHostKeyException) {
      return known.unknownMessage(offered);
    }
    return "The SSH host key " + offered + " of " + properties.address() + " was refused";
  }
}
