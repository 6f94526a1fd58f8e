package io.metalflow.bench;

/** Prints an {@link EngineShare.Breakdown}. */
final class Breakdowns {

  private Breakdowns() {}

  static void print(Report report, String title, EngineShare.Breakdown b) {
    report.line("");
    report.line("%s, %s wall:", title, Report.ms(b.wall()));
    report.line("");
    report.line("| part | time | share |");
    report.line("|---|---:|---:|");
    row(report, "inside clients (MAAS HTTP, juju over SSH, tunnels)", b.client(), b.wall());
    row(report, "timers, as designed (" + b.timers() + " polls)", b.timerDesigned(), b.wall());
    row(report, "operator (user tasks open)", b.operator(), b.wall());
    row(report, "**engine** (everything else):", b.engine(), b.wall());
    row(
        report,
        "  in service tasks, outside clients (" + b.serviceTasks() + " tasks)",
        b.serviceTaskEngine(),
        b.wall());
    row(report, "  timers firing late", b.timerLate(), b.wall());
    row(
        report,
        "  between steps (job acquisition, commits, call activities)",
        b.engine() - b.serviceTaskEngine() - b.timerLate(),
        b.wall());
  }

  private static void row(Report report, String part, double millis, double wall) {
    report.line("| %s | %s | %s |", part, Report.ms(millis), Report.pct(millis, wall));
  }
}
