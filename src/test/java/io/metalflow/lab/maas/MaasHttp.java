package io.metalflow.lab.maas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A plain HTTP client for the simulator, signing like the real MAAS clients do. */
final class MaasHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI maas;
  private final OAuthSigner signer;

  MaasHttp(MaasSimulator simulator) {
    this.maas = simulator.url();
    this.signer = new OAuthSigner(simulator.apiKey(), Clock.systemUTC());
  }

  OAuthSigner signer() {
    return signer;
  }

  /** GET {@code /MAAS/api/2.0/<path>}, signed. */
  Reply get(String path) {
    return send(request(path).GET(), signer.header(OAuthSigner.Style.GOMAASAPI));
  }

  /** GET without credentials; {@code path} is relative to {@code /MAAS/}. */
  Reply getRaw(String pathUnderMaas, String authorization) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(maas + "/" + pathUnderMaas)).GET();
    return send(builder, authorization);
  }

  Reply getWith(String path, String authorization) {
    return send(request(path).GET(), authorization);
  }

  /** POST an urlencoded form given as name, value, name, value, … */
  Reply post(String path, String... pairs) {
    return postWith(path, signer.header(OAuthSigner.Style.GOMAASAPI), pairs);
  }

  Reply postWith(String path, String authorization, String... pairs) {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(urlencoded(pairs)));
    return send(builder, authorization);
  }

  /**
   * POST a multipart form as python-libmaas builds it: quoted boundary, each part base64 with a
   * charset.
   */
  Reply postMultipart(String path, String... pairs) {
    String boundary = "===============4201998752563733961==";
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.append("--")
          .append(boundary)
          .append("\r\n")
          .append("Content-Type: text/plain; charset=\"utf-8\"\r\n")
          .append("MIME-Version: 1.0\r\n")
          .append("Content-Transfer-Encoding: base64\r\n")
          .append("Content-Disposition: form-data; name=\"")
          .append(pairs[i])
          .append("\"\r\n\r\n")
          .append(
              Base64.getMimeEncoder().encodeToString(pairs[i + 1].getBytes(StandardCharsets.UTF_8)))
          .append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=\"" + boundary + "\"")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    return send(builder, signer.header(OAuthSigner.Style.LIBMAAS));
  }

  Reply delete(String path) {
    return send(request(path).DELETE(), signer.header(OAuthSigner.Style.GOMAASAPI));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(maas + "/api/2.0/" + path))
        .timeout(Duration.ofSeconds(10));
  }

  private Reply send(HttpRequest.Builder builder, String authorization) {
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String urlencoded(String... pairs) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      items.add(enc(pairs[i]) + "=" + enc(pairs[i + 1]));
    }
    return String.join("&", items);
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** One answer. */
  record Reply(int status, HttpHeaders headers, String body) {

    String contentType() {
      return headers.firstValue("Content-Type").orElse(null);
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
      }
    }

    Map<String, Object> map() {
      return JSON.convertValue(json(), Map.class);
    }
  }
}
