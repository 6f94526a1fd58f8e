package io.metalflow.maas;

import java.util.List;
import java.util.Map;

/**
 * HTTP 400: MAAS refused the parameters. Validation errors come as a JSON object of field to
 * messages ({@code {"tags": ["No such tag(s): 'gpu'."]}}); other 400s are plain text, kept in
 * {@link #body()} with empty {@link #fieldErrors()}.
 */
public class MaasBadRequestException extends MaasException {

  private final Map<String, List<String>> fieldErrors;

  public MaasBadRequestException(
      String operation, String body, Map<String, List<String>> fieldErrors) {
    super(operation, 400, body);
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }
}
