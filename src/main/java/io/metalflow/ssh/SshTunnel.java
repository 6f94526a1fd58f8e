package io.metalflow.ssh;

/** A local port forwarded through the main host; {@link #close()} stops forwarding. */
public interface SshTunnel extends AutoCloseable {

  /** Always a loopback address, e.g. {@code 127.0.0.1}. */
  String localHost();

  int localPort();

  @Override
  void close();
}
