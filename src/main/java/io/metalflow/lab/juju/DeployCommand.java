package io.metalflow.lab.juju;

import java.util.List;

/**
 * {@code juju deploy CHARM [APP] [-m M] [--channel] [--base] [--constraints] [-n N] [--to N]}:
 * records the application, its units and their machines at once and returns (stderr {@code Deployed
 * "grafana" from charm-hub charm "grafana", revision 69 in channel latest/stable on
 * ubuntu@22.04/stable}); the units come up in the background.
 */
final class DeployCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common
        .value("model", "m")
        .value("channel")
        .value("revision")
        .value("base")
        .value("series")
        .value("constraints")
        .value("num-units", "n")
        .value("to")
        .value("config")
        .value("bind")
        .value("resource")
        .value("storage")
        .bool("trust")
        .bool("force");
  }

  @Override
  void run(JujuCall call) throws JujuError {
    ParsedArgs args = call.args();
    noExtraArgs(args, 2);
    String reference =
        args.positional(0)
            .orElseThrow(() -> JujuError.usage("no charm name, charm path or bundle specified"));
    ModelRef ref = call.model();
    call.state().update(s -> s.count(ref.controller(), LabCounters::plusDeploy));
    int localRevision =
        call.state()
            .read(
                s -> (int) s.applicationsOf(ref).stream().filter(LabApplication::isLocal).count());
    CharmSource charm = CharmSource.resolve(reference, args, call.host().home(), localRevision);
    String name = args.positional(1).orElse(charm.name());
    JujuNames.checkApplication(name);
    Constraints constraints = constraints(args);
    int units = units(args);
    String placement = placement(call, ref, args.value("to").orElse(null));
    NewApplication app = new NewApplication(ref, name, charm, constraints, units, placement);
    List<String> unitNames = call.state().write(app::addTo);
    if (unitNames == null) {
      throw new JujuError("cannot add application \"" + name + "\": application already exists");
    }
    announce(call, charm, name);
    unitNames.forEach(unit -> call.host().provisioner().bringUp(ref, unit));
  }

  private static Constraints constraints(ParsedArgs args) throws JujuError {
    try {
      return Constraints.parse(args.value("constraints", ""));
    } catch (IllegalArgumentException e) {
      throw JujuError.usage(
          "invalid value \""
              + args.value("constraints", "")
              + "\" for option --constraints: "
              + e.getMessage());
    }
  }

  private static String placement(JujuCall call, ModelRef ref, String to) throws JujuError {
    if (to == null) {
      return null;
    }
    if (!to.matches("\\d+")) {
      throw new JujuError("placement \"" + to + "\" not supported by the lab: use a machine id");
    }
    if (call.state().read(s -> s.machine(ref, to)).isEmpty()) {
      throw new JujuError("cannot deploy to machine " + to + ": machine " + to + " not found");
    }
    return to;
  }

  private static int units(ParsedArgs args) throws JujuError {
    try {
      int units = Integer.parseInt(args.value("num-units", "1"));
      if (units < 0) {
        throw new NumberFormatException();
      }
      return units;
    } catch (NumberFormatException e) {
      throw JujuError.usage("--num-units must be a non-negative integer");
    }
  }

  private static void announce(JujuCall call, CharmSource charm, String name) {
    if (charm.origin().equals("local")) {
      call.err()
          .println("Located local charm \"" + charm.name() + "\", revision " + charm.revision());
      call.err()
          .println(
              "Deploying \""
                  + name
                  + "\" from local charm \""
                  + charm.name()
                  + "\", revision "
                  + charm.revision()
                  + " on "
                  + charm.base()
                  + "/stable");
    } else {
      call.err()
          .println(
              "Deployed \""
                  + name
                  + "\" from charm-hub charm \""
                  + charm.name()
                  + "\", revision "
                  + charm.revision()
                  + " in channel "
                  + charm.channel()
                  + " on "
                  + charm.base()
                  + "/stable");
    }
  }
}
