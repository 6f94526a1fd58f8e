package io.metalflow.lab.maas;

import java.util.Map;

/**
 * The Ubuntu releases the lab has images for, and the {@code distro_series} spellings MAAS accepts
 * ({@code jammy}, {@code ubuntu/jammy}, {@code 22.04}, {@code ubuntu/22.04}).
 *
 * @param codename e.g. {@code jammy}
 * @param version e.g. {@code 22.04}
 */
record DistroSeries(String codename, String version) {

  static final DistroSeries DEFAULT = new DistroSeries("jammy", "22.04");

  private static final Map<String, String> RELEASES =
      Map.of("focal", "20.04", "jammy", "22.04", "noble", "24.04");

  private static final String CHOICES = "'', 'ubuntu/focal', 'ubuntu/jammy', 'ubuntu/noble'";

  /** The series named by {@code value}; absent or empty gives the default; unknown → 400. */
  static DistroSeries parse(String value) {
    if (value == null || value.isEmpty()) {
      return DEFAULT;
    }
    String name = value.startsWith("ubuntu/") ? value.substring("ubuntu/".length()) : value;
    for (Map.Entry<String, String> release : RELEASES.entrySet()) {
      if (release.getKey().equals(name) || release.getValue().equals(name)) {
        return new DistroSeries(release.getKey(), release.getValue());
      }
    }
    throw ApiError.invalid(
        "distro_series",
        "'" + value + "' is not a valid distro_series.  It should be one of: " + CHOICES + ".");
  }

  String kernel() {
    return "ga-" + version;
  }
}
