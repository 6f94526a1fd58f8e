package io.metalflow.ssh;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach the main host ({@code metalflow.ssh.*}). Holds paths only, never key material. The
 * host key is always checked against {@code knownHostsFile}; there is deliberately no option to
 * accept an unknown key.
 *
 * @param host the main host's name or address
 * @param port its SSH port
 * @param user the login
 * @param privateKeyFile an OpenSSH or PEM private key without passphrase (ed25519 or RSA)
 * @param knownHostsFile an OpenSSH known_hosts file that lists the host's key
 * @param connectTimeout TCP connect plus SSH handshake, and opening a channel
 * @param commandTimeout default wait for short commands (callers may pass their own)
 * @param poolSize how many SSH sessions may be open at once for commands and SFTP
 */
@Validated
@ConfigurationProperties("metalflow.ssh")
public record SshProperties(
    @NotBlank String host,
    @DefaultValue("22") @Min(1) @Max(65535) int port,
    @NotBlank String user,
    @NotNull Path privateKeyFile,
    @NotNull Path knownHostsFile,
    @DefaultValue("10s") @NotNull Duration connectTimeout,
    @DefaultValue("60s") @NotNull Duration commandTimeout,
    @DefaultValue("4") @Min(1) @Max(64) int poolSize) {

  /** {@code host:port}, as used in messages. */
  public String address() {
    return host + ":" + port;
  }
}
