package io.metalflow.lab.juju;

import java.util.regex.Pattern;

/** Juju's name rules for controllers, models and applications. */
final class JujuNames {

  private static final Pattern CONTROLLER = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9.-]*");
  private static final Pattern MODEL = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern APPLICATION =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]*[a-z][a-z0-9]*)*");

  private JujuNames() {}

  static void checkController(String name) throws JujuError {
    if (!CONTROLLER.matcher(name).matches()) {
      throw new JujuError("controller name \"" + name + "\" not valid");
    }
  }

  static void checkModel(String name) throws JujuError {
    if (!MODEL.matcher(name).matches()) {
      throw new JujuError(
          "\""
              + name
              + "\" is not a valid name: model names may only contain"
              + " lowercase letters, digits and hyphens");
    }
  }

  static void checkApplication(String name) throws JujuError {
    if (!APPLICATION.matcher(name).matches()) {
      throw new JujuError("invalid application name \"" + name + "\"");
    }
  }
}
