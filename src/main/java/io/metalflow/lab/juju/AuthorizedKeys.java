package io.metalflow.lab.juju;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/** Accepts user {@code ubuntu} with the lab's client key or one of the configured extra keys. */
final class AuthorizedKeys implements PublickeyAuthenticator {

  static final String USER = "ubuntu";

  private final List<PublicKey> keys = new ArrayList<>();

  AuthorizedKeys(PublicKey clientKey, List<String> extraKeyLines) {
    keys.add(clientKey);
    for (String line : extraKeyLines) {
      keys.add(parse(line));
    }
  }

  private static PublicKey parse(String line) {
    try {
      return AuthorizedKeyEntry.parseAuthorizedKeyEntry(line)
          .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable authorized key", e);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException("invalid authorized key: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean authenticate(String username, PublicKey key, ServerSession session) {
    return USER.equals(username) && keys.stream().anyMatch(k -> KeyUtils.compareKeys(k, key));
  }
}
