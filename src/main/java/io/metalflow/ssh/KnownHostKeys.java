package io.metalflow.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the known_hosts file says about one host: the key types to ask the server for, and the
 * operator-facing messages when the offered key is unknown or has changed.
 */
final class KnownHostKeys {

  private final HostKeyRepository repository;
  private final Path file;
  private final String host;
  private final int port;

  KnownHostKeys(HostKeyRepository repository, Path file, String host, int port) {
    this.repository = repository;
    this.file = file;
    this.host = host;
    this.port = port;
  }

  /** How JSch (and OpenSSH) name a non-standard port in known_hosts: {@code [host]:port}. */
  String alias() {
    return port == 22 ? host : "[" + host + "]:" + port;
  }

  /**
   * The server host key algorithms to propose: only those that verify a key listed for this host,
   * in JSch's order; all of {@code defaults} when the host is not listed (so the offered key can be
   * shown to the operator).
   */
  String proposal(String defaults) {
    Set<String> known = knownAlgorithms();
    if (known.isEmpty()) {
      return defaults;
    }
    List<String> proposal = new ArrayList<>();
    for (String algorithm : defaults.split(",")) {
      if (known.contains(algorithm)) {
        proposal.add(algorithm);
      }
    }
    return proposal.isEmpty() ? defaults : String.join(",", proposal);
  }

  private Set<String> knownAlgorithms() {
    Set<String> algorithms = new LinkedHashSet<>();
    for (HostKey key : listed(null)) {
      if ("ssh-rsa".equals(key.getType())) {
        algorithms.addAll(List.of("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"));
      } else {
        algorithms.add(key.getType());
      }
    }
    return algorithms;
  }

  private List<HostKey> listed(String type) {
    HostKey[] keys;
    synchronized (repository) {
      keys = repository.getHostKey(alias(), type);
    }
    return Arrays.stream(keys == null ? new HostKey[0] : keys)
        .filter(k -> k.getMarker() == null || k.getMarker().isEmpty())
        .toList();
  }

  String unknownMessage(SshFingerprint offered) {
    return "The SSH host key of "
        + host
        + ":"
        + port
        + " is not known: the host offers the "
        + offered
        + " key. Check that fingerprint on the host (ssh-keygen -lf"
        + " /etc/ssh/ssh_host_*_key.pub), then add the host's key to the known_hosts file "
        + file
        + " (e.g. ssh-keyscan -p "
        + port
        + " "
        + host
        + " >> "
        + file
        + "). Metalflow never accepts unknown host keys.";
  }

  String changedMessage(SshFingerprint offered) {
    return "The SSH host key of "
        + host
        + ":"
        + port
        + " has CHANGED: the known_hosts file "
        + file
        + " expects "
        + expected(offered.keyType())
        + " but the host offers "
        + offered
        + ". Someone may be intercepting the connection, or the host was reinstalled; check the"
        + " key on the host and replace its entry in the known_hosts file.";
  }

  String noCommonTypeMessage(String serverProposal) {
    return "The SSH host at "
        + host
        + ":"
        + port
        + " offers none of the host key types listed for it in "
        + file
        + " (it offers "
        + serverProposal
        + "; known: "
        + expected(null)
        + "). Its keys may have been replaced; check them on the host and update the known_hosts"
        + " file.";
  }

  String revokedMessage(SshFingerprint offered) {
    return "The SSH host key "
        + offered
        + " of "
        + host
        + ":"
        + port
        + " is marked @revoked in "
        + file
        + ".";
  }

  private String expected(String type) {
    List<String> fingerprints =
        listed(type).stream()
            .map(k -> SshFingerprint.of(Base64.getDecoder().decode(k.getKey())).toString())
            .toList();
    return fingerprints.isEmpty() ? "no key" : String.join(" or ", fingerprints);
  }
}
