package io.metalflow.stack;

import java.io.IOException;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** One HTTP exchange with a stack service; transport faults and gateway errors are retryable. */
final class HttpCall {

  private static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);

  private HttpCall() {}

  /** The status and body; {@link StackUnreachableException} on I/O failure or 502/503/504. */
  static Answer send(OkHttpClient http, Request request, String service) {
    String what = service + " " + request.method() + " " + request.url().encodedPath();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (TRANSIENT.contains(response.code())) {
        throw new StackUnreachableException(what + " answered HTTP " + response.code(), null);
      }
      return new Answer(response.code(), body);
    } catch (IOException e) {
      throw new StackUnreachableException(what + " failed: " + e.getMessage(), e);
    }
  }

  /** A status code and the body text. */
  record Answer(int code, String body) {

    boolean ok() {
      return code == 200;
    }
  }
}
