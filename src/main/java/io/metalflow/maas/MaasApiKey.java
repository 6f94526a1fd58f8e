package io.metalflow.maas;

/**
 * A MAAS API key {@code consumer_key:token_key:token_secret}. The consumer secret is empty, as on
 * MAAS. {@link #toString()} never shows the parts.
 */
public record MaasApiKey(String consumerKey, String tokenKey, String tokenSecret) {

  public static MaasApiKey parse(String key) {
    String[] parts = key == null ? new String[0] : key.strip().split(":", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw new IllegalArgumentException(
          "invalid MAAS API key: expected three non-empty parts"
              + " \"<consumer key>:<token key>:<token secret>\"");
    }
    return new MaasApiKey(parts[0], parts[1], parts[2]);
  }

  /** The key as MAAS prints it; for writing credential files, never for logs. */
  public String reveal() {
    return consumerKey + ":" + tokenKey + ":" + tokenSecret;
  }

  @Override
  public String toString() {
    return "MaasApiKey[****]";
  }
}
