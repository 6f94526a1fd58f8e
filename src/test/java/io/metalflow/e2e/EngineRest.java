package io.metalflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The Camunda REST API as a CI pipeline or an operator's script uses it: real HTTP with Basic
 * authentication, variables with explicit types (a Jackson {@link JsonNode} goes as a Json
 * variable). Every call fails the test with the answer's status and body when the engine does not
 * answer 2xx.
 */
final class EngineRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String authorization;

  EngineRest(int port, String user, String password) {
    this.base = URI.create("http://127.0.0.1:" + port + "/engine-rest/");
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code POST process-definition/key/KEY/start}; the new instance's id. */
  String start(String key, String businessKey, Map<String, ?> variables) {
    ObjectNode body = JSON.createObjectNode().put("businessKey", businessKey);
    body.set("variables", typed(variables));
    return post("process-definition/key/" + key + "/start", body).path("id").asText();
  }

  /** The open task {@code taskDefinitionKey} of the run with this business key (children too). */
  Optional<String> openTask(String businessKey, String taskDefinitionKey) {
    JsonNode tasks =
        get(
            "task?processInstanceBusinessKey="
                + encode(businessKey)
                + "&taskDefinitionKey="
                + encode(taskDefinitionKey));
    return tasks.isEmpty() ? Optional.empty() : Optional.of(tasks.get(0).path("id").asText());
  }

  /** {@code POST task/ID/complete} with the variables its form would set. */
  void complete(String taskId, Map<String, ?> variables) {
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", typed(variables));
    post("task/" + taskId + "/complete", body);
  }

  /** {@code POST message} correlated by business key. */
  void correlate(String messageName, String businessKey) {
    ObjectNode body =
        JSON.createObjectNode().put("messageName", messageName).put("businessKey", businessKey);
    post("message", body);
  }

  /**
   * {@code GET task/ID/form-variables}: what the task's form shows, serialized as stored (a Json
   * variable's value is its JSON text).
   */
  JsonNode formVariables(String taskId) {
    return get("task/" + taskId + "/form-variables?deserializeValues=false");
  }

  private static ObjectNode typed(Map<String, ?> variables) {
    ObjectNode node = JSON.createObjectNode();
    variables.forEach(
        (name, value) -> {
          ObjectNode variable = node.putObject(name);
          if (value instanceof JsonNode json) {
            variable.put("value", json.toString()).put("type", "Json");
          } else {
            variable.set("value", JSON.valueToTree(value));
            variable.put("type", typeOf(value));
          }
        });
    return node;
  }

  private static String typeOf(Object value) {
    if (value instanceof Boolean) {
      return "Boolean";
    }
    if (value instanceof Integer) {
      return "Integer";
    }
    return "String";
  }

  private JsonNode get(String path) {
    return send(request(path).GET().build());
  }

  private JsonNode post(String path, JsonNode body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private JsonNode send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new AssertionError(
            request.method()
                + " "
                + request.uri()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
      String body = response.body();
      return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
