package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import com.fasterxml.jackson.core.type.TypeReference;
import io.metalflow.juju.CharmReferences;
import io.metalflow.juju.ConfigEntries;
import io.metalflow.juju.InvalidJujuNameException;
import io.metalflow.juju.JujuConstraints;
import io.metalflow.juju.JujuNames;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks the inputs of a process before anything reaches MAAS or a shell. Juju names, charms,
 * channels, bases, constraints and config use the juju client's own rules ({@link JujuNames},
 * {@link CharmReferences}, {@link JujuConstraints}, {@link ConfigEntries}), so the process refuses
 * exactly what the client would; MAAS tags, timings and flags are checked here. Only variables that
 * are present are checked; problems come back as readable sentences naming the variable.
 */
final class StackInput {

  /** As MAAS names tags, and as juju's {@code tags=} constraint accepts them (no leading '-'). */
  static final Pattern MAAS_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,63}");

  static final int MAX_UNITS = 20;
  static final int MAX_PROBLEMS = 10;
  static final List<String> APPLICATION_TEXT =
      List.of("name", "charm", "channel", "base", "constraints");
  static final List<String> RELATION_TEXT = List.of("first", "second");
  static final int MAX_PROBLEM_LENGTH = 300;
  static final List<String> TIMINGS =
      List.of(
          POLL_INTERVAL,
          COMMISSIONING_TIMEOUT,
          BOOTSTRAP_TIMEOUT,
          SETTLE_TIMEOUT,
          DESTROY_TIMEOUT,
          RELEASE_TIMEOUT);

  private final List<String> problems = new ArrayList<>();

  private StackInput() {}

  /**
   * The problems with the known variables among {@code variables}; empty when all are fine. At most
   * {@link #MAX_PROBLEMS} are named (each at most {@link #MAX_PROBLEM_LENGTH} characters), so the
   * readable error always fits in a text variable.
   */
  static List<String> problems(Map<String, Object> variables) {
    StackInput input = new StackInput();
    input.check(variables);
    return capped(input.problems);
  }

  private static List<String> capped(List<String> all) {
    List<String> shown = new ArrayList<>();
    for (String problem : all.subList(0, Math.min(all.size(), MAX_PROBLEMS))) {
      shown.add(
          problem.length() > MAX_PROBLEM_LENGTH
              ? problem.substring(0, MAX_PROBLEM_LENGTH) + "…"
              : problem);
    }
    if (all.size() > MAX_PROBLEMS) {
      shown.add("and " + (all.size() - MAX_PROBLEMS) + " more problems");
    }
    return shown;
  }

  private void check(Map<String, Object> v) {
    juju(v, CONTROLLER_NAME, JujuNames::controller);
    juju(v, CLOUD_NAME, JujuNames::cloud);
    juju(v, MODEL_NAME, JujuNames::model);
    juju(v, CREDENTIAL_NAME, JujuNames::credential);
    juju(v, GRAFANA_APPLICATION, JujuNames::application);
    juju(v, PROMETHEUS_APPLICATION, JujuNames::application);
    juju(v, JUJU_CHANNEL, JujuNames::snapChannel);
    juju(v, MAAS_ENDPOINT, JujuNames::maasEndpoint);
    juju(v, BOOTSTRAP_BASE, CharmReferences::base);
    tag(v.get(MACHINE_TAG));
    bool(v, ENABLE_DASHBOARD);
    TIMINGS.forEach(timing -> duration(v, timing));
    applications(v.get(APPLICATIONS));
    relations(v.get(RELATIONS));
  }

  private void juju(Map<String, Object> v, String key, UnaryOperator<String> rule) {
    Object value = v.get(key);
    if (value != null && text(key, value)) {
      check(key, () -> rule.apply(value.toString()));
    }
  }

  /** Names and timings are text; a number, boolean or JSON value in their place is a problem. */
  private boolean text(String key, Object value) {
    if (value instanceof String) {
      return true;
    }
    problems.add(key + " " + shorten(value) + ": must be text, was " + typeName(value));
    return false;
  }

  private static String typeName(Object value) {
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return value instanceof SpinJsonNode ? "JSON" : value.getClass().getSimpleName();
  }

  private void check(String at, Runnable rule) {
    try {
      rule.run();
    } catch (InvalidJujuNameException e) {
      problems.add(at + ": " + e.getMessage());
    }
  }

  private void tag(Object value) {
    if (value != null
        && text(MACHINE_TAG, value)
        && !MAAS_TAG.matcher(value.toString()).matches()) {
      problems.add(
          MACHINE_TAG
              + " \""
              + shorten(value)
              + "\": use letters, digits, '_' and '-', not starting with '-'");
    }
  }

  private void bool(Map<String, Object> v, String key) {
    Object value = v.get(key);
    if (value != null && !(value instanceof Boolean)) {
      problems.add(key + " \"" + shorten(value) + "\": use true or false");
    }
  }

  private void duration(Map<String, Object> v, String key) {
    Object value = v.get(key);
    if (value == null || !text(key, value)) {
      return;
    }
    try {
      Duration d = Duration.parse(value.toString());
      if (d.isNegative() || d.isZero()) {
        problems.add(key + " \"" + value + "\": must be a positive duration");
      }
    } catch (DateTimeParseException e) {
      problems.add(key + " \"" + shorten(value) + "\": use an ISO-8601 duration like PT30S");
    }
  }

  private void applications(Object value) {
    if (!wellShaped(APPLICATIONS, value, APPLICATION_TEXT)) {
      return;
    }
    List<ApplicationInput> apps = list(value, APPLICATIONS, new TypeReference<>() {});
    if (apps == null) {
      return;
    }
    if (apps.isEmpty()) {
      problems.add(APPLICATIONS + ": give at least one application");
    }
    for (int i = 0; i < apps.size(); i++) {
      application(APPLICATIONS + "[" + i + "]", apps.get(i));
    }
  }

  private void application(String at, ApplicationInput app) {
    if (app == null) {
      problems.add(at + ": is empty");
      return;
    }
    check(at + ".name", () -> JujuNames.application(app.name()));
    check(at + ".charm", () -> CharmReferences.charm(app.charm()));
    optional(at + ".channel", app.channel(), CharmReferences::channel);
    optional(at + ".base", app.base(), CharmReferences::base);
    optional(at + ".constraints", app.constraints(), c -> JujuConstraints.check("constraints", c));
    if (app.unitsOrOne() < 1 || app.unitsOrOne() > MAX_UNITS) {
      problems.add(at + ".units " + app.units() + ": must be between 1 and " + MAX_UNITS);
    }
    if (app.config() != null) {
      app.config()
          .forEach(
              (key, val) ->
                  check(at + ".config", () -> ConfigEntries.value(ConfigEntries.key(key), val)));
    }
  }

  private void optional(String at, String value, UnaryOperator<String> rule) {
    String given = ApplicationInput.blankToNull(value);
    if (given != null) {
      check(at, () -> rule.apply(given));
    }
  }

  private void relations(Object value) {
    if (!wellShaped(RELATIONS, value, RELATION_TEXT)) {
      return;
    }
    List<RelationInput> relations = list(value, RELATIONS, new TypeReference<>() {});
    for (int i = 0; relations != null && i < relations.size(); i++) {
      RelationInput r = relations.get(i);
      endpoint(RELATIONS + "[" + i + "].first", r == null ? null : r.first());
      endpoint(RELATIONS + "[" + i + "].second", r == null ? null : r.second());
    }
  }

  private void endpoint(String at, String text) {
    if (text == null || text.indexOf(':') < 1) {
      problems.add(at + " \"" + shorten(text) + "\": use application:endpoint");
      return;
    }
    check(at, () -> JujuNames.endpoint(RelationInput.endpoint(text)));
  }

  /** Adds the entries' type problems; true when there are none (then the typed read follows). */
  private boolean wellShaped(String key, Object value, List<String> textFields) {
    List<String> found = StackInputShapes.problems(key, value, textFields);
    problems.addAll(found);
    return found.isEmpty();
  }

  private <T> List<T> list(Object value, String key, TypeReference<List<T>> type) {
    if (value == null) {
      return null;
    }
    try {
      return Vars.read(value, type);
    } catch (IllegalArgumentException e) {
      problems.add(key + ": not a JSON list of the expected objects (" + e.getMessage() + ")");
      return null;
    }
  }

  private static String shorten(Object value) {
    String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
