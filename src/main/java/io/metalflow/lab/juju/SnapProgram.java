package io.metalflow.lab.juju;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code snap install|list|remove} for the one snap the lab knows, {@code juju}. Installing needs
 * root ({@code sudo}); until it ran, {@code juju} is not found.
 */
final class SnapProgram implements HostProgram {

  private final LabJuju state;

  SnapProgram(LabJuju state) {
    this.state = state;
  }

  @Override
  public int run(Invocation inv) {
    List<String> argv = inv.argv();
    boolean root = inv.root();
    String verb = argv.size() > 1 ? argv.get(1) : "";
    List<String> rest = argv.size() > 2 ? argv.subList(2, argv.size()) : List.of();
    return switch (verb) {
      case "install" -> root ? install(inv, rest) : denied(inv);
      case "remove" -> root ? remove(inv, rest) : denied(inv);
      case "list" -> list(inv, rest);
      case "version" -> {
        inv.out().println("snap    2.68.3\nsnapd   2.68.3\nseries  16\nubuntu  22.04");
        yield 0;
      }
      default -> {
        inv.err().println("error: unknown command \"" + verb + "\", see 'snap help'.");
        yield 1;
      }
    };
  }

  private int install(Invocation inv, List<String> args) {
    String channel = "latest/stable";
    List<String> names = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--channel") && i + 1 < args.size()) {
        channel = args.get(++i);
      } else if (arg.startsWith("--channel=")) {
        channel = arg.substring("--channel=".length());
      } else if (!arg.startsWith("-")) {
        names.add(arg);
      }
    }
    if (names.size() != 1 || !names.get(0).equals("juju")) {
      String name = names.isEmpty() ? "" : names.get(0);
      inv.err().println("error: snap \"" + name + "\" not found");
      return 1;
    }
    if (state.clientInstalled()) {
      inv.err().println("snap \"juju\" is already installed, see 'snap help refresh'");
      return 0;
    }
    state.update(s -> s.clientInstalled = true);
    inv.out()
        .println(
            "juju ("
                + tracking(channel)
                + ") "
                + JujuVersion.NUMBER
                + " from Canonical\u2713 installed");
    return 0;
  }

  private static String tracking(String channel) {
    if (channel.contains("/")) {
      return channel;
    }
    boolean isRisk = List.of("stable", "candidate", "beta", "edge").contains(channel);
    return isRisk ? "latest/" + channel : channel + "/stable";
  }

  private int remove(Invocation inv, List<String> args) {
    if (!args.contains("juju") || !state.clientInstalled()) {
      inv.err().println("snap \"" + String.join(" ", args) + "\" is not installed");
      return 0;
    }
    state.update(s -> s.clientInstalled = false);
    inv.out().println("juju removed");
    return 0;
  }

  private int list(Invocation inv, List<String> args) {
    boolean wantsJuju = args.isEmpty() || args.contains("juju");
    if (!wantsJuju || !state.clientInstalled()) {
      inv.err().println("error: no matching snaps installed");
      return 1;
    }
    inv.out()
        .print(
            new Table()
                .row("Name", "Version", "Rev", "Tracking", "Publisher", "Notes")
                .row(
                    "juju",
                    JujuVersion.NUMBER,
                    JujuVersion.SNAP_REVISION,
                    "3.6/stable",
                    "canonical\u2713",
                    "-")
                .render());
    return 0;
  }

  private static int denied(Invocation inv) {
    inv.err().println("error: access denied (try with sudo)");
    return 1;
  }
}
