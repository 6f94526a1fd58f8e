package io.metalflow.lab.maas;

import io.metalflow.maas.MaasApiKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks 0-legged OAuth 1.0 PLAINTEXT like MAAS (reference §2): consumer, then token, then
 * timestamp (±300 s), nonce (once per consumer and token), signature ({@code &<token secret>}).
 * Answers MAAS's texts; never reveals the secret, not even in the wrong-signature text.
 */
final class OAuthVerifier {

  static final long THRESHOLD_SECONDS = 300;
  private static final String USER = SiteJson.ADMIN;
  private static final List<String> REQUIRED =
      List.of(
          "oauth_consumer_key",
          "oauth_token",
          "oauth_signature_method",
          "oauth_signature",
          "oauth_timestamp",
          "oauth_nonce");

  private final MaasApiKey key;
  private final Clock clock;
  private final Map<String, Long> nonces = new ConcurrentHashMap<>();

  OAuthVerifier(MaasApiKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  AuthOutcome verify(String authorization) {
    Optional<Map<String, String>> parsed = OAuthHeader.parse(authorization);
    if (parsed.isEmpty()) {
      return AuthOutcome.anonymous();
    }
    Map<String, String> p = parsed.get();
    for (String name : REQUIRED) {
      if (!p.containsKey(name)) {
        return AuthOutcome.rejected(
            ApiResponse.text(400, "'Bad Request: Parameter not found: " + name + "'"));
      }
    }
    String problem = problem(p);
    return problem == null ? AuthOutcome.user(USER) : AuthOutcome.rejected(unauthorized(problem));
  }

  private String problem(Map<String, String> p) {
    String version = p.get("oauth_version");
    if (version != null && !version.equals("1.0")) {
      return quoted("OAuth version " + version + " not supported.");
    }
    if (!p.get("oauth_consumer_key").equals(key.consumerKey())) {
      return "Invalid API key.";
    }
    if (!p.get("oauth_token").equals(key.tokenKey())) {
      return quoted("Invalid access token: " + p.get("oauth_token"));
    }
    String method = p.get("oauth_signature_method");
    if (!method.equals("PLAINTEXT")) {
      return quoted(
          "Signature method " + method + " not supported try one of the following: PLAINTEXT");
    }
    String timing = timestampProblem(p.get("oauth_timestamp"), p.get("oauth_nonce"));
    if (timing != null) {
      return timing;
    }
    return signatureMatches(p.get("oauth_signature")) ? null : quoted("Invalid signature.");
  }

  private String timestampProblem(String timestamp, String nonce) {
    long now = clock.instant().getEpochSecond();
    long given;
    try {
      given = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return quoted("Invalid timestamp: " + timestamp);
    }
    if (Math.abs(now - given) > THRESHOLD_SECONDS) {
      return quoted(
          "Expired timestamp: given "
              + given
              + " and now "
              + now
              + " has a greater difference than threshold "
              + THRESHOLD_SECONDS);
    }
    forgetOldNonces(now);
    String nonceKey = key.consumerKey() + ":" + key.tokenKey() + ":" + nonce;
    return nonces.putIfAbsent(nonceKey, given) == null
        ? null
        : quoted("Nonce already used: " + nonce);
  }

  private boolean signatureMatches(String signature) {
    byte[] expected = ("&" + key.tokenSecret()).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
  }

  private void forgetOldNonces(long now) {
    if (nonces.size() > 4096) {
      nonces.values().removeIf(ts -> ts < now - 2 * THRESHOLD_SECONDS);
    }
  }

  private static String quoted(String message) {
    return PyRepr.string(message);
  }

  private static ApiResponse unauthorized(String problem) {
    return ApiResponse.text(401, "Authorization Error: " + problem)
        .withHeader("WWW-Authenticate", "OAuth realm=\"MAAS API\"");
  }
}
