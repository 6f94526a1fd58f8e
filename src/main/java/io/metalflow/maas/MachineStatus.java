package io.metalflow.maas;

import java.util.Arrays;
import java.util.Locale;

/** MAAS node status: the numbers and display names of {@code NodeStatus} (MAAS 3.0 to 3.7). */
public enum MachineStatus {
  NEW(0, "New"),
  COMMISSIONING(1, "Commissioning"),
  FAILED_COMMISSIONING(2, "Failed commissioning"),
  MISSING(3, "Missing"),
  READY(4, "Ready"),
  RESERVED(5, "Reserved"),
  DEPLOYED(6, "Deployed"),
  RETIRED(7, "Retired"),
  BROKEN(8, "Broken"),
  DEPLOYING(9, "Deploying"),
  ALLOCATED(10, "Allocated"),
  FAILED_DEPLOYMENT(11, "Failed deployment"),
  RELEASING(12, "Releasing"),
  FAILED_RELEASING(13, "Releasing failed"),
  DISK_ERASING(14, "Disk erasing"),
  FAILED_DISK_ERASING(15, "Failed disk erasing"),
  RESCUE_MODE(16, "Rescue mode"),
  ENTERING_RESCUE_MODE(17, "Entering rescue mode"),
  FAILED_ENTERING_RESCUE_MODE(18, "Failed to enter rescue mode"),
  EXITING_RESCUE_MODE(19, "Exiting rescue mode"),
  FAILED_EXITING_RESCUE_MODE(20, "Failed to exit rescue mode"),
  TESTING(21, "Testing"),
  FAILED_TESTING(22, "Failed testing");

  private final int code;
  private final String displayName;

  MachineStatus(int code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /** The number MAAS sends as {@code status}. */
  public int code() {
    return code;
  }

  /** What MAAS sends as {@code status_name}. */
  public String displayName() {
    return displayName;
  }

  /** The lower-case name the {@code status} filter of {@code GET machines/} takes. */
  public String filterName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MachineStatus ofCode(int code) {
    return Arrays.stream(values())
        .filter(s -> s.code == code)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown MAAS status " + code));
  }
}
