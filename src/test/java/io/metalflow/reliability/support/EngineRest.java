package io.metalflow.reliability.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Camunda REST API of one Metalflow node ({@code /engine-rest}) with HTTP Basic auth. Answers
 * other than 2xx become {@link RestException} with the status and Camunda's message. The password
 * is kept for the header only and never printed.
 */
public final class EngineRest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final int PAGE = 500;

  /** A variable sent with type {@code Json} (Camunda Spin), e.g. the applications list. */
  public record Json(String text) {}

  /** A non-2xx answer, or no answer at all (status 0). */
  public static final class RestException extends RuntimeException {
    private final int status;

    RestException(int status, String message, Throwable cause) {
      super(message, cause);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final URI base;
  private final String authorization;

  public EngineRest(URI base, String user, String password) {
    this.base = base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public URI base() {
    return base;
  }

  /** Starts process {@code key} by key with a business key; returns the instance id. */
  public String start(String key, String businessKey, Map<String, Object> variables) {
    ObjectNode body = JSON.createObjectNode().put("businessKey", businessKey);
    body.set("variables", RestVariables.of(variables));
    return post("/process-definition/key/" + key + "/start", body).path("id").asText();
  }

  /** Open tasks of the instances (parent and children) with this business key. */
  public List<JsonNode> tasks(String businessKey) {
    return list(get("/task?processInstanceBusinessKey=" + encode(businessKey)));
  }

  public void complete(String taskId, Map<String, Object> variables) {
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", RestVariables.of(variables));
    post("/task/" + taskId + "/complete", body);
  }

  /** The historic process instance (state ACTIVE, COMPLETED, …), if the engine knows it. */
  public Optional<JsonNode> history(String processInstanceId) {
    List<JsonNode> found =
        list(get("/history/process-instance?processInstanceId=" + processInstanceId));
    return found.stream().findFirst();
  }

  /** Running child process instances of {@code processInstanceId}. */
  public List<JsonNode> children(String processInstanceId) {
    return list(get("/process-instance?superProcessInstance=" + processInstanceId));
  }

  /** Historic process instances (all keys) with this business key, children included. */
  public List<JsonNode> historyByBusinessKey(String businessKey) {
    return list(get("/history/process-instance?processInstanceBusinessKey=" + encode(businessKey)));
  }

  /** Open incidents of the instances with this root process instance. */
  public List<JsonNode> incidents(String rootProcessInstanceId) {
    return list(get("/incident?rootProcessInstanceId=" + rootProcessInstanceId));
  }

  /** Every incident ever raised (open or resolved), all instances. */
  public List<JsonNode> historicIncidents() {
    return pages("/history/incident?");
  }

  /** Sets a failed job's retries (the operator's "retry" in Cockpit). */
  public void retryJob(String jobId) {
    put("/job/" + jobId + "/retries", JSON.createObjectNode().put("retries", 1));
  }

  /** Historic job log entries matching {@code query} (e.g. {@code successLog=true}), all pages. */
  public List<JsonNode> jobLog(String query) {
    return pages("/history/job-log?" + query + "&");
  }

  /** A historic variable of an instance (ended ones included), if set. */
  public Optional<JsonNode> historicVariable(String processInstanceId, String name) {
    return list(
            get(
                "/history/variable-instance?processInstanceId="
                    + processInstanceId
                    + "&variableName="
                    + encode(name)))
        .stream()
        .findFirst()
        .map(v -> v.path("value"));
  }

  public long count(String pathAndQuery) {
    return get(pathAndQuery).path("count").asLong();
  }

  private List<JsonNode> pages(String pathAndQuery) {
    List<JsonNode> all = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<JsonNode> page =
          list(get(pathAndQuery + "firstResult=" + first + "&maxResults=" + PAGE));
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
    }
  }

  public JsonNode get(String pathAndQuery) {
    return send(request(pathAndQuery).GET());
  }

  public JsonNode post(String path, JsonNode body) {
    return send(request(path).POST(bodyOf(body)).header("Content-Type", "application/json"));
  }

  public JsonNode put(String path, JsonNode body) {
    return send(request(path).PUT(bodyOf(body)).header("Content-Type", "application/json"));
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private JsonNode send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    HttpResponse<String> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new RestException(0, request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RestException(0, "interrupted", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new RestException(
          response.statusCode(),
          request.method()
              + " "
              + request.uri()
              + " -> "
              + response.statusCode()
              + " "
              + response.body(),
          null);
    }
    return parse(response.body());
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return JSON.nullNode();
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new RestException(0, "not JSON: " + body, e);
    }
  }

  private static HttpRequest.BodyPublisher bodyOf(JsonNode body) {
    return HttpRequest.BodyPublishers.ofString(body.toString());
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
