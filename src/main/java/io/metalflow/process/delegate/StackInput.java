package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the inputs of a process before anything reaches MAAS or a shell: names, charms, channels,
 * bases, constraints, tags, endpoints and timings. Only variables that are present are checked, so
 * each process validates what it has. Problems are returned as readable sentences.
 */
final class StackInput {

  static final Pattern JUJU_NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
  static final Pattern APPLICATION = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]*[a-z][a-z0-9]*)*");
  static final Pattern CREDENTIAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,62}");
  static final Pattern MAAS_TAG = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  static final Pattern CHARM_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  static final Pattern LOCAL_CHARM = Pattern.compile("[A-Za-z0-9._/~-]{1,240}\\.charm");
  static final Pattern CHANNEL =
      Pattern.compile(
          "(?:[a-z0-9][a-z0-9.]*/)?(?:stable|candidate|beta|edge)(?:/[a-z0-9][a-z0-9.-]*)?");
  static final Pattern SNAP_CHANNEL =
      Pattern.compile("[0-9]+(?:\\.[0-9]+)*(?:/(?:stable|candidate|beta|edge))?");
  static final Pattern BASE = Pattern.compile("[a-z]+@[0-9]{2}\\.[0-9]{2}");
  static final Pattern CONSTRAINTS =
      Pattern.compile("[a-z][a-z-]*=[A-Za-z0-9.,:_^*-]+(?: +[a-z][a-z-]*=[A-Za-z0-9.,:_^*-]+)*");
  static final Pattern ENDPOINT =
      Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]*[a-z][a-z0-9]*)*:[a-z][a-z0-9-]*");
  static final Pattern CONFIG_KEY = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,62}");
  static final Pattern URL =
      Pattern.compile("https?://[A-Za-z0-9.:\\[\\]-]+(?:/[A-Za-z0-9._~/-]*)?");
  static final int MAX_UNITS = 20;

  private final List<String> problems = new ArrayList<>();

  private StackInput() {}

  /** The problems with the known variables among {@code variables}; empty when all are fine. */
  static List<String> problems(Map<String, Object> variables) {
    StackInput input = new StackInput();
    input.check(variables);
    return input.problems;
  }

  private void check(Map<String, Object> v) {
    name(v, CONTROLLER_NAME, JUJU_NAME, "lower-case letters, digits and inner hyphens");
    name(v, CLOUD_NAME, JUJU_NAME, "lower-case letters, digits and inner hyphens");
    name(v, MODEL_NAME, JUJU_NAME, "lower-case letters, digits and inner hyphens");
    name(v, CREDENTIAL_NAME, CREDENTIAL, "letters, digits, '.', '_', '@' and '-'");
    name(v, MACHINE_TAG, MAAS_TAG, "letters, digits, '_' and '-'");
    name(v, GRAFANA_APPLICATION, APPLICATION, "an application name");
    name(v, PROMETHEUS_APPLICATION, APPLICATION, "an application name");
    name(v, JUJU_CHANNEL, SNAP_CHANNEL, "a snap channel like 3.6 or 3.6/stable");
    name(v, BOOTSTRAP_BASE, BASE, "a base like ubuntu@22.04");
    name(v, MAAS_ENDPOINT, URL, "an http(s) URL like http://10.0.0.2:5240/MAAS");
    bool(v, ENABLE_DASHBOARD);
    for (String timing :
        List.of(
            POLL_INTERVAL,
            COMMISSIONING_TIMEOUT,
            BOOTSTRAP_TIMEOUT,
            SETTLE_TIMEOUT,
            DESTROY_TIMEOUT,
            RELEASE_TIMEOUT)) {
      duration(v, timing);
    }
    applications(v.get(APPLICATIONS));
    relations(v.get(RELATIONS));
  }

  private void name(Map<String, Object> v, String key, Pattern pattern, String rule) {
    Object value = v.get(key);
    if (value != null && !pattern.matcher(value.toString()).matches()) {
      problems.add(key + " \"" + shorten(value) + "\" is not valid: use " + rule);
    }
  }

  private void bool(Map<String, Object> v, String key) {
    Object value = v.get(key);
    if (value != null && !(value instanceof Boolean)) {
      problems.add(key + " \"" + shorten(value) + "\" is not valid: use true or false");
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
        problems.add(key + " \"" + value + "\" must be a positive duration");
      }
    } catch (DateTimeParseException e) {
      problems.add(key + " \"" + shorten(value) + "\" is not an ISO-8601 duration like PT30S");
    }
  }

  private void applications(Object value) {
    if (value == null) {
      return;
    }
    List<ApplicationInput> apps = list(value, APPLICATIONS, new TypeReference<>() {});
    if (apps == null) {
      return;
    }
    if (apps.isEmpty()) {
      problems.add(APPLICATIONS + " is empty: give at least one application");
    }
    for (int i = 0; i < apps.size(); i++) {
      application(APPLICATIONS + "[" + i + "]", apps.get(i));
    }
  }

  private void application(String at, ApplicationInput app) {
    if (app == null) {
      problems.add(at + " is empty");
      return;
    }
    text(at + ".name", app.name(), APPLICATION, "an application name like grafana", true);
    boolean charmOk = app.charm() != null && LOCAL_CHARM.matcher(app.charm()).matches();
    if (!charmOk) {
      text(
          at + ".charm",
          app.charm(),
          CHARM_NAME,
          "a Charmhub name or a path ending in .charm",
          true);
    }
    text(at + ".channel", app.channel(), CHANNEL, "a channel like latest/stable", false);
    text(at + ".base", app.base(), BASE, "a base like ubuntu@22.04", false);
    text(at + ".constraints", app.constraints(), CONSTRAINTS, "key=value pairs like mem=4G", false);
    if (app.unitsOrOne() < 1 || app.unitsOrOne() > MAX_UNITS) {
      problems.add(at + ".units " + app.units() + " must be between 1 and " + MAX_UNITS);
    }
    if (app.config() != null) {
      app.config().forEach((key, val) -> config(at, key, val));
    }
  }

  private void config(String at, String key, String value) {
    text(at + ".config key", key, CONFIG_KEY, "lower-case letters, digits, '_', '.', '-'", true);
    if (value != null
        && (value.length() > 1024 || value.chars().anyMatch(Character::isISOControl))) {
      problems.add(at + ".config." + key + " must be one line of at most 1024 characters");
    }
  }

  private void relations(Object value) {
    if (value == null) {
      return;
    }
    List<RelationInput> relations = list(value, RELATIONS, new TypeReference<>() {});
    for (int i = 0; relations != null && i < relations.size(); i++) {
      String at = RELATIONS + "[" + i + "]";
      RelationInput r = relations.get(i);
      text(at + ".first", r == null ? null : r.first(), ENDPOINT, "application:endpoint", true);
      text(at + ".second", r == null ? null : r.second(), ENDPOINT, "application:endpoint", true);
    }
  }

  private <T> List<T> list(Object value, String key, TypeReference<List<T>> type) {
    try {
      return Vars.read(value, type);
    } catch (IllegalArgumentException e) {
      problems.add(key + " is not a JSON list of the expected objects: " + e.getMessage());
      return null;
    }
  }

  private void text(String at, String value, Pattern pattern, String rule, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(at + " is missing");
      }
      return;
    }
    if (!pattern.matcher(value.strip()).matches()) {
      problems.add(at + " \"" + shorten(value) + "\" is not valid: use " + rule);
    }
  }

  private static String shorten(Object value) {
    String text = value.toString().replaceAll("\\p{Cntrl}", "?");
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
