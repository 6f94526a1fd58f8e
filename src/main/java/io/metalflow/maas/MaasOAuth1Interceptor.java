package io.metalflow.maas;

import com.github.scribejava.core.services.PlaintextSignatureService;
import com.github.scribejava.core.services.SignatureService;
import com.github.scribejava.core.utils.OAuthEncoder;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Signs every request the way MAAS expects: 0-legged OAuth 1.0 with the PLAINTEXT method, empty
 * consumer secret, so {@code oauth_signature} is {@code &<token secret>} percent-encoded as {@code
 * %26<token secret>}. Each call of {@link #intercept} (so each retry too) gets a new nonce and the
 * current timestamp, as MAAS rejects a reused nonce and a timestamp off by more than 300 s.
 */
final class MaasOAuth1Interceptor implements Interceptor {

  private static final SignatureService PLAINTEXT = new PlaintextSignatureService();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MaasApiKeySource keys;
  private final Clock clock;
  private final Supplier<String> nonces;

  MaasOAuth1Interceptor(MaasApiKeySource keys, Clock clock, Supplier<String> nonces) {
    this.keys = keys;
    this.clock = clock;
    this.nonces = nonces;
  }

  /** 16 random bytes in hex, as gomaasapi sends. */
  static Supplier<String> randomNonces() {
    return () -> {
      byte[] bytes = new byte[16];
      RANDOM.nextBytes(bytes);
      return HexFormat.of().formatHex(bytes);
    };
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String authorization = authorization(keys.get());
    return chain.proceed(
        chain.request().newBuilder().header("Authorization", authorization).build());
  }

  String authorization(MaasApiKey key) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("oauth_consumer_key", key.consumerKey());
    params.put("oauth_token", key.tokenKey());
    params.put("oauth_signature_method", PLAINTEXT.getSignatureMethod());
    params.put("oauth_signature", PLAINTEXT.getSignature("", "", key.tokenSecret()));
    params.put("oauth_timestamp", Long.toString(clock.instant().getEpochSecond()));
    params.put("oauth_nonce", nonces.get());
    params.put("oauth_version", "1.0");
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=\"" + OAuthEncoder.encode(e.getValue()) + "\"")
        .collect(Collectors.joining(", ", "OAuth realm=\"MAAS API\", ", ""));
  }
}
