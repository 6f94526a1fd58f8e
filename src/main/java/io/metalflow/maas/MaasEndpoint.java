package io.metalflow.maas;

import java.net.URI;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@code metalflow.maas.url} into the API root {@code <url>/api/2.0/} and refuses to send the
 * key in clear text: {@code http://} is only accepted for a loopback host (a literal 127.0.0.0/8 or
 * ::1 address, or {@code localhost}) unless {@code allow-insecure-http} is set, which logs a WARN.
 * Host names are never resolved here.
 */
final class MaasEndpoint {

  private static final Logger LOG = LoggerFactory.getLogger(MaasEndpoint.class);
  private static final Pattern LOOPBACK_V4 =
      Pattern.compile("127(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

  private MaasEndpoint() {}

  static HttpUrl apiRoot(MaasProperties properties) {
    HttpUrl url = parse(properties.url().toString());
    if (!url.isHttps() && !isLoopback(url.host())) {
      refuseOrWarn(url, properties.allowInsecureHttp());
    }
    String base = url.newBuilder().query(null).fragment(null).username("").password("").toString();
    return HttpUrl.get(base.replaceAll("/+$", "") + "/api/2.0/");
  }

  /** The URL as it may be shown: no user info, no query. */
  static String display(URI url) {
    HttpUrl parsed = HttpUrl.parse(url.toString());
    if (parsed == null) {
      return "(invalid URL)";
    }
    return parsed.newBuilder().username("").password("").query(null).fragment(null).toString();
  }

  private static HttpUrl parse(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "metalflow.maas.url must be an http:// or https:// URL like"
              + " http://127.0.0.1:5240/MAAS, was: "
              + url.replaceAll("//[^/@]*@", "//"));
    }
    return parsed;
  }

  private static void refuseOrWarn(HttpUrl url, boolean allowInsecureHttp) {
    String where = url.scheme() + "://" + url.host() + ":" + url.port();
    if (!allowInsecureHttp) {
      throw new IllegalStateException(
          "metalflow.maas.url "
              + where
              + " is plain HTTP to a host that is not loopback: the MAAS API key would cross the"
              + " network in clear text. Use https://, or set"
              + " metalflow.maas.allow-insecure-http=true to accept the risk.");
    }
    LOG.warn(
        "metalflow.maas.allow-insecure-http=true: the MAAS API key is sent in clear text to {}",
        where);
  }

  /** OkHttp has canonicalised the host: IPv6 is compressed ({@code ::1}), names lower-case. */
  static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("::1") || LOOPBACK_V4.matcher(host).matches();
  }
}
