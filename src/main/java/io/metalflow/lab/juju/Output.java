package io.metalflow.lab.juju;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/** Juju's output formats: compact JSON, YAML without a document marker, and its timestamps. */
final class Output {

  static final ObjectMapper JSON = new ObjectMapper();
  static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .build());

  private static final DateTimeFormatter SINCE =
      DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ssX", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Output() {}

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON", e);
    }
  }

  static String yaml(Object value) {
    try {
      return YAML.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render YAML", e);
    }
  }

  /** {@code 09 Jun 2025 11:04:48Z}, as status prints {@code since}. */
  static String since(Instant time) {
    return SINCE.format(time == null ? Instant.now() : time);
  }

  /** The {@code --format} asked for, checked against what the command supports. */
  static String format(ParsedArgs args, String fallback, Set<String> supported) throws JujuError {
    String format = args.value("format", fallback);
    if (!supported.contains(format)) {
      throw JujuError.usage(
          "invalid value \""
              + format
              + "\" for option --format: unknown format \""
              + format
              + "\"");
    }
    return format;
  }
}
