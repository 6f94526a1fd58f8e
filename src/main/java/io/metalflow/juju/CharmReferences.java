package io.metalflow.juju;

import java.util.Locale;

/**
 * Rules for what names a charm: a Charmhub name, or the path of a local {@code .charm} file on the
 * main host; and for channels ({@code [track/]risk[/branch]}) and bases ({@code ubuntu@22.04}).
 * Every check returns its argument when valid and otherwise throws {@link
 * InvalidJujuNameException}.
 */
public final class CharmReferences {

  private static final NameRule CHARMHUB_NAME =
      NameRule.of(
          "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?",
          64,
          "use up to 64 lower-case letters, digits and hyphens as on Charmhub, e.g. grafana,"
              + " or a path ending in .charm");
  private static final NameRule LOCAL_PATH =
      NameRule.of(
          "(?!.*\\.\\.)(?:/|\\./)?[A-Za-z0-9_][A-Za-z0-9_.+/-]*\\.charm",
          255,
          "use a path ending in .charm made of letters, digits, '_', '.', '+', '-' and '/',"
              + " without '..'");
  private static final NameRule CHANNEL =
      NameRule.of(
          "(?:[a-z0-9][a-z0-9._-]{0,39}/)?(?:stable|candidate|beta|edge)(?:/[a-z0-9][a-z0-9._-]{0,39})?",
          100,
          "use [track/]risk[/branch] with risk stable, candidate, beta or edge, e.g."
              + " latest/stable");
  private static final NameRule BASE =
      NameRule.of(
          "[a-z][a-z0-9]{0,15}@[0-9]{1,4}(?:\\.[0-9]{1,4})?",
          30,
          "use <os>@<version>, e.g. ubuntu@22.04");

  private CharmReferences() {}

  /** A Charmhub name or a local {@code .charm} path, whichever {@code charm} looks like. */
  public static String charm(String charm) {
    if (charm != null && charm.toLowerCase(Locale.ROOT).endsWith(".charm")) {
      return localPath(charm);
    }
    return CHARMHUB_NAME.check("charm name", charm);
  }

  public static String localPath(String path) {
    return LOCAL_PATH.check("local charm path", path);
  }

  public static String channel(String channel) {
    return CHANNEL.check("channel", channel);
  }

  public static String base(String base) {
    return BASE.check("base", base);
  }

  /**
   * The path as juju must see it to treat it as a file: relative paths (to the login's home) get a
   * leading {@code ./}, otherwise juju would look the name up on Charmhub.
   */
  static String deployablePath(String path) {
    return path.startsWith("/") || path.startsWith("./") ? path : "./" + path;
  }

  /**
   * The charm name a status will report for {@code charm}: the name itself for Charmhub, the file
   * name up to its first '_' for a local file ({@code grafana_r69.charm} and {@code
   * grafana_ubuntu-22.04-amd64.charm} are both {@code grafana}).
   */
  static String expectedCharmName(String charm) {
    if (!charm.endsWith(".charm")) {
      return charm;
    }
    String file = charm.substring(charm.lastIndexOf('/') + 1);
    String stem = file.substring(0, file.length() - ".charm".length());
    int underscore = stem.indexOf('_');
    return underscore < 0 ? stem : stem.substring(0, underscore);
  }
}
