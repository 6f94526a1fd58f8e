package io.metalflow.juju;

/**
 * Juju's naming rules for controllers, models, clouds, credentials, applications, units, actions
 * and endpoints, checked before any command is sent. Every method returns its argument unchanged
 * when valid and otherwise throws {@link InvalidJujuNameException} naming the field and the rule.
 * Arguments are also shell-quoted by the SSH runner: this is a clear error for the user and defence
 * in depth, not the only barrier.
 */
public final class JujuNames {

  private static final NameRule SIMPLE =
      NameRule.of(
          "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?",
          63,
          "use 1 to 63 lower-case letters, digits and hyphens, starting and ending with a letter"
              + " or digit");
  private static final String APPLICATION_PATTERN = "[a-z][a-z0-9]*(?:-[a-z0-9]*[a-z][a-z0-9]*)*";
  private static final NameRule APPLICATION =
      NameRule.of(
          APPLICATION_PATTERN,
          50,
          "use up to 50 lower-case letters, digits and single hyphens, starting with a letter;"
              + " no trailing hyphen and no \"-<digits>\" suffix");
  private static final NameRule UNIT =
      NameRule.of(
          APPLICATION_PATTERN + "/(?:0|[1-9][0-9]{0,8})",
          60,
          "use <application>/<number>, e.g. grafana/0");
  private static final NameRule ACTION =
      NameRule.of(
          "[a-z](?:[a-z0-9-]*[a-z0-9])?",
          63,
          "use up to 63 lower-case letters, digits and hyphens, starting with a letter and not"
              + " ending with a hyphen");
  private static final NameRule ENDPOINT =
      NameRule.of(
          "[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*",
          63,
          "use up to 63 lower-case letters, digits, single hyphens or underscores, starting with a"
              + " letter");
  private static final NameRule SNAP_CHANNEL =
      NameRule.of(
          "(?:[a-z0-9][a-z0-9.]{0,15}(?:/(?:stable|candidate|beta|edge))?|stable|candidate|beta"
              + "|edge)",
          32,
          "use a snap track, risk or track/risk, e.g. 3.6 or 3.6/stable");

  private static final NameRule MAAS_ENDPOINT =
      NameRule.of(
          "(?!.*\\.\\.)https?://(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?"
              + "(?:/[A-Za-z0-9._~%-]*)*",
          255, "use an http or https URL of the MAAS API, e.g. http://10.0.0.2:5240/MAAS");

  private JujuNames() {}

  public static String controller(String name) {
    return SIMPLE.check("controller name", name);
  }

  public static String model(String name) {
    return SIMPLE.check("model name", name);
  }

  public static String cloud(String name) {
    return SIMPLE.check("cloud name", name);
  }

  public static String credential(String name) {
    return SIMPLE.check("credential name", name);
  }

  public static String application(String name) {
    return APPLICATION.check("application name", name);
  }

  public static String unit(String name) {
    return UNIT.check("unit name", name);
  }

  public static String action(String name) {
    return ACTION.check("action name", name);
  }

  public static String endpoint(String name) {
    return ENDPOINT.check("endpoint name", name);
  }

  /** Both halves of {@code application:endpoint}. */
  public static Endpoint endpoint(Endpoint endpoint) {
    if (endpoint == null) {
      throw new InvalidJujuNameException("relation endpoint is missing: use application:endpoint");
    }
    application(endpoint.application());
    endpoint(endpoint.endpoint());
    return endpoint;
  }

  /** The MAAS endpoint written into the cloud definition, e.g. {@code http://h:5240/MAAS}. */
  public static String maasEndpoint(String url) {
    return MAAS_ENDPOINT.check("MAAS endpoint", url);
  }

  /** The snap channel for installing the client, e.g. {@code 3.6} or {@code 3.6/stable}. */
  public static String snapChannel(String channel) {
    return SNAP_CHANNEL.check("snap channel", channel);
  }
}
