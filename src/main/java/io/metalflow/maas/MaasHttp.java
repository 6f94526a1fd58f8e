package io.metalflow.maas;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Sends a {@link MaasRequest} and returns the 2xx body; any other answer becomes the typed {@link
 * MaasException} (with MAAS's body, key parts redacted) and an {@link IOException} a {@link
 * MaasTransportException}. Retries happen below, in the OkHttp interceptors.
 */
final class MaasHttp {

  private final OkHttpClient client;
  private final HttpUrl apiRoot;
  private final MaasApiKeySource keys;

  MaasHttp(OkHttpClient client, HttpUrl apiRoot, MaasApiKeySource keys) {
    this.client = client;
    this.apiRoot = apiRoot;
    this.keys = keys;
  }

  String execute(MaasRequest request) {
    String operation = request.operation();
    try (Response response = client.newCall(request.toHttpRequest(apiRoot)).execute()) {
      String body = response.body().string();
      if (response.isSuccessful()) {
        return body;
      }
      throw MaasErrors.toException(
          operation,
          response.code(),
          response.header("Content-Type"),
          response.header("Retry-After"),
          keys.redact(body));
    } catch (IOException e) {
      throw new MaasTransportException(operation, e);
    }
  }
}
