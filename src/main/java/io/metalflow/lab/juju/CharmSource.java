package io.metalflow.lab.juju;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a deploy takes its charm from: the lab's Charmhub (name, channel, base checked against what
 * is published) or a {@code .charm} file in the home (name from the file name, e.g. {@code
 * grafana_r69.charm} is {@code grafana}).
 */
record CharmSource(String name, String origin, int revision, String channel, String base) {

  private static final Map<String, String> SERIES =
      Map.of("focal", "ubuntu@20.04", "jammy", "ubuntu@22.04", "noble", "ubuntu@24.04");
  private static final List<String> RISKS = List.of("stable", "candidate", "beta", "edge");

  static boolean isLocal(String reference) {
    return reference.endsWith(".charm")
        || reference.startsWith("./")
        || reference.startsWith("/")
        || reference.startsWith("~/");
  }

  static CharmSource resolve(String reference, ParsedArgs args, Path home, int localRevision)
      throws JujuError {
    String base = requestedBase(args);
    if (isLocal(reference)) {
      Path file =
          HomeFiles.resolve(home, reference)
              .filter(Files::isRegularFile)
              .orElseThrow(() -> new JujuError("no charm was found at \"" + reference + "\""));
      String name =
          file.getFileName().toString().replaceAll("\\.charm$", "").replaceAll("_.*$", "");
      return new CharmSource(
          name,
          "local",
          localRevision,
          null,
          base != null ? base : Charms.describe(name).defaultBase());
    }
    String name = reference.startsWith("ch:") ? reference.substring(3) : reference;
    CharmInfo charm =
        Charms.charmhub(name)
            .orElseThrow(
                () ->
                    new JujuError(
                        "cannot resolve charm or bundle \""
                            + name
                            + "\": charm or bundle not found"));
    String channel = channel(args.value("channel", "stable"));
    String chosen = base != null ? base : charm.defaultBase();
    if (!channel.startsWith("latest/") || !charm.bases().contains(chosen)) {
      throw new JujuError(noRelease(args.value("channel", "stable"), chosen, charm));
    }
    return new CharmSource(name, "charmhub", charm.revision(), channel, chosen);
  }

  private static String requestedBase(ParsedArgs args) throws JujuError {
    if (args.has("base")) {
      String base = args.value("base").orElseThrow();
      if (!SERIES.containsValue(base)) {
        throw new JujuError("invalid base \"" + base + "\"");
      }
      return base;
    }
    if (args.has("series")) {
      String series = args.value("series").orElseThrow();
      String base = SERIES.get(series);
      if (base == null) {
        throw new JujuError("series \"" + series + "\" not valid");
      }
      return base;
    }
    return null;
  }

  private static String channel(String given) {
    if (given.contains("/")) {
      return given;
    }
    return RISKS.contains(given) ? "latest/" + given : given + "/stable";
  }

  private static String noRelease(String channel, String base, CharmInfo charm) {
    String risk = channel.contains("/") ? channel.substring(channel.lastIndexOf('/') + 1) : channel;
    return "selecting releases: charm or bundle not found for channel \""
        + risk
        + "\", base \"amd64/"
        + base.replace('@', '/')
        + "/stable\"\navailable releases are:\n  channel"
        + " \"latest/stable\": available bases are: "
        + String.join(", ", charm.bases());
  }
}
