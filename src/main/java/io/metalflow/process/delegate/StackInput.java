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

/**
 * Checks the inputs of a process before anything reaches MAAS or a shell. Juju names, charms,
 * channels, bases, constraints and config use the juju client's own rules ({@link JujuNames},
 * {@link CharmReferences}, {@link JujuConstraints}, {@link ConfigEntries}), so the process refuses
 * exactly what the client would; MAAS tags, timings and flags are checked here. Only variables that
 * are present are checked; problems come back as readable sentences naming the variable.
 */
final class StackInput {

  static final Pattern MAAS_TAG = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  static final int MAX_UNITS = 20;
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

  /** The problems with the known variables among {@code variables}; empty when all are fine. */
  static List<String> problems(Map<String, Object> variables) {
    StackInput input = new StackInput();
    input.check(variables);
    return input.problems;
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
    if (value != null) {
      check(key, () -> rule.apply(value.toString()));
    }
  }

  private void check(String at, Runnable rule) {
    try {
      rule.run();
    } catch (InvalidJujuNameException e) {
      problems.add(at + ": " + e.getMessage());
    }
  }

  private void tag(Object value) {
    if (value != null && !MAAS_TAG.matcher(value.toString()).matches()) {
      problems.add(MACHINE_TAG + " \"" + shorten(value) + "\": use letters, digits, '_' and '-'");
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
    if (value == null) {
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
