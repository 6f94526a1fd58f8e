package io.metalflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what the engine REST API ({@code /engine-rest}) and the webapps' API ({@code
 * /camunda/api}) accept ({@code metalflow.rest.*}).
 *
 * @param maxBodySize larger request bodies are refused with 413 before they reach the engine
 * @param maxTextLength longest text variable value accepted (the engine stores text variables in a
 *     4000-character column; longer ones would fail deep in the database layer)
 */
@ConfigurationProperties("metalflow.rest")
public record RestLimitsProperties(
    @DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("4000") int maxTextLength) {

  public RestLimitsProperties {
    if (maxBodySize == null || maxBodySize.toBytes() < 1024) {
      throw new IllegalArgumentException("metalflow.rest.max-body-size must be at least 1KB");
    }
    if (maxTextLength < 1 || maxTextLength > 4000) {
      throw new IllegalArgumentException("metalflow.rest.max-text-length must be 1 to 4000");
    }
  }
}
