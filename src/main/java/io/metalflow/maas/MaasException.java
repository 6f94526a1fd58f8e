package io.metalflow.maas;

/**
 * A MAAS call failed. Carries the wire facts: the operation (e.g. {@code POST
 * machines/?op=allocate}), the HTTP status (0 when no answer came) and MAAS's body text. Never
 * carries the API key.
 */
public class MaasException extends RuntimeException {

  private final String operation;
  private final int status;
  private final String body;

  public MaasException(String operation, int status, String body, String message, Throwable cause) {
    super(message, cause);
    this.operation = operation;
    this.status = status;
    this.body = body == null ? "" : body;
  }

  public MaasException(String operation, int status, String body) {
    this(operation, status, body, describe(operation, status, body), null);
  }

  static String describe(String operation, int status, String body) {
    String text = body == null || body.isBlank() ? "" : ": " + body.strip();
    return "MAAS " + operation + " answered " + status + text;
  }

  public String operation() {
    return operation;
  }

  public int status() {
    return status;
  }

  public String body() {
    return body;
  }

  /** Whether the same call may succeed later without anyone changing anything. */
  public boolean isRetryable() {
    return false;
  }
}
