package io.metalflow.lab.juju;

import java.time.Duration;
import java.util.Map;

/**
 * A validated {@code juju bootstrap} command line.
 *
 * @param cloud the cloud name
 * @param region the region ({@code default} unless given as {@code cloud/region})
 * @param controller the controller name
 * @param credential the credential name, or null to pick the cloud's only one
 * @param base {@code ubuntu@22.04} style
 * @param bootstrapConstraints constraints of the bootstrap machine only
 * @param modelConstraints constraints of the controller model (and so the bootstrap machine)
 * @param timeout {@code bootstrap-timeout} from {@code --config}, or null
 * @param addModel the {@code --add-model} name, or null
 */
record BootstrapRequestArgs(
    String cloud,
    String region,
    String controller,
    String credential,
    String base,
    Constraints bootstrapConstraints,
    Constraints modelConstraints,
    Duration timeout,
    String addModel) {

  private static final Map<String, String> SERIES =
      Map.of("focal", "ubuntu@20.04", "jammy", "ubuntu@22.04", "noble", "ubuntu@24.04");

  static BootstrapRequestArgs parse(ParsedArgs args) throws JujuError {
    JujuCommand.noExtraArgs(args, 2);
    String target =
        args.positional(0)
            .orElseThrow(
                () -> new JujuError("no cloud specified; use 'juju bootstrap CLOUD [CONTROLLER]'"));
    String cloud = target.contains("/") ? target.substring(0, target.indexOf('/')) : target;
    String region = target.contains("/") ? target.substring(target.indexOf('/') + 1) : "default";
    String controller = args.positional(1).orElse(cloud + "-" + region);
    JujuNames.checkController(controller);
    return new BootstrapRequestArgs(
        cloud,
        region,
        controller,
        args.value("credential").orElse(null),
        base(args),
        constraints(args, "bootstrap-constraints"),
        constraints(args, "constraints"),
        timeout(args),
        args.value("add-model").orElse(null));
  }

  private static String base(ParsedArgs args) throws JujuError {
    if (args.has("bootstrap-series") && args.has("bootstrap-base")) {
      throw JujuError.usage("cannot specify both --bootstrap-series and --bootstrap-base");
    }
    if (args.has("bootstrap-series")) {
      String series = args.value("bootstrap-series").orElseThrow();
      String base = SERIES.get(series);
      if (base == null) {
        throw new JujuError("series \"" + series + "\" not valid");
      }
      return base;
    }
    String base = args.value("bootstrap-base", "ubuntu@22.04");
    if (!SERIES.containsValue(base)) {
      throw new JujuError(
          "base \""
              + base
              + "\" not supported for the controller; use one of"
              + " ubuntu@20.04, ubuntu@22.04, ubuntu@24.04");
    }
    return base;
  }

  private static Constraints constraints(ParsedArgs args, String flag) throws JujuError {
    try {
      Constraints merged = Constraints.none();
      for (String text : args.all(flag)) {
        merged = merged.overriddenBy(Constraints.parse(text));
      }
      return merged;
    } catch (IllegalArgumentException e) {
      throw new JujuError("invalid constraints: " + e.getMessage());
    }
  }

  private static Duration timeout(ParsedArgs args) throws JujuError {
    for (String entry : args.all("config")) {
      if (entry.startsWith("bootstrap-timeout=")) {
        try {
          return Duration.ofSeconds(Long.parseLong(entry.substring("bootstrap-timeout=".length())));
        } catch (NumberFormatException e) {
          throw new JujuError("bootstrap-timeout: expected number, got \"" + entry + "\"");
        }
      }
    }
    return null;
  }

  /** What the bootstrap machine is allocated with: model constraints, then bootstrap ones. */
  Constraints machineConstraints() {
    return modelConstraints
        .overriddenBy(bootstrapConstraints)
        .withDefault("mem", "3584M")
        .withDefault("zone", "default");
  }
}
