package io.metalflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The figures of one run, printed as they come and kept as Markdown. */
final class Report {

  private final StringBuilder text = new StringBuilder();

  void section(String title) {
    line("");
    line("## " + title);
    line("");
  }

  void line(String format, Object... args) {
    String line = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
    System.out.println(line);
    System.out.flush();
    text.append(line).append('\n');
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text);
  }

  static String ms(double millis) {
    return String.format(Locale.ROOT, "%.0f ms", millis);
  }

  static String s(double seconds) {
    return String.format(Locale.ROOT, "%.2f s", seconds);
  }

  static String pct(double part, double whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * part / whole);
  }
}
