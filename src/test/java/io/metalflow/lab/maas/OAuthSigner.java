package io.metalflow.lab.maas;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Builds the {@code Authorization} header the way the known MAAS clients do (reference §2.2). */
final class OAuthSigner {

  /** How a client writes the header. */
  enum Style {
    /** juju/gomaasapi: realm "MAAS API", escaped and quoted values, random order. */
    GOMAASAPI,
    /** python-libmaas (oauthlib): realm "OAuth", escaped and quoted. */
    LIBMAAS,
    /** The MAAS docs' curl example: no realm, unquoted, raw {@code &}. */
    CURL
  }

  private final String consumerKey;
  private final String tokenKey;
  private final String tokenSecret;
  private final Clock clock;
  private final Random random = new Random(7);

  OAuthSigner(String apiKey, Clock clock) {
    String[] parts = apiKey.split(":");
    this.consumerKey = parts[0];
    this.tokenKey = parts[1];
    this.tokenSecret = parts[2];
    this.clock = clock;
  }

  String header(Style style) {
    return header(style, UUID.randomUUID().toString(), clock.instant().getEpochSecond());
  }

  String header(Style style, String nonce, long timestamp) {
    Map<String, String> params = params(nonce, timestamp, "&" + tokenSecret);
    return render(style, params);
  }

  /** Parameters with one of them replaced or (value null) removed. */
  String headerWith(String name, String value) {
    Map<String, String> params =
        params(UUID.randomUUID().toString(), clock.instant().getEpochSecond(), "&" + tokenSecret);
    if (value == null) {
      params.remove(name);
    } else {
      params.put(name, value);
    }
    return render(Style.LIBMAAS, params);
  }

  private Map<String, String> params(String nonce, long timestamp, String signature) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("oauth_consumer_key", consumerKey);
    params.put("oauth_token", tokenKey);
    params.put("oauth_signature_method", "PLAINTEXT");
    params.put("oauth_signature", signature);
    params.put("oauth_timestamp", Long.toString(timestamp));
    params.put("oauth_nonce", nonce);
    params.put("oauth_version", "1.0");
    return params;
  }

  private String render(Style style, Map<String, String> params) {
    List<String> items = new ArrayList<>();
    params.forEach(
        (k, v) ->
            items.add(
                style == Style.CURL
                    ? k + "=" + v
                    : k + "=\"" + URLEncoder.encode(v, StandardCharsets.UTF_8) + "\""));
    if (style == Style.GOMAASAPI) {
      Collections.shuffle(items, random);
    }
    String joined = String.join(", ", items);
    return switch (style) {
      case GOMAASAPI -> "OAuth realm=\"MAAS API\", " + joined;
      case LIBMAAS -> "OAuth realm=\"OAuth\", " + joined;
      case CURL -> "OAuth " + joined;
    };
  }
}
