package io.metalflow.lab.maas;

import java.util.List;
import java.util.function.Predicate;

/**
 * Parsed machine filters or allocation constraints: a conjunction of tests, and MAAS's description
 * of them (the {@code resolved to "…"} part of an allocation 409).
 */
final class MachineCriteria {

  /** What {@code GET machines/} filters on (MAAS {@code ReadNodesForm}). */
  static final List<String> LIST_FIELDS =
      List.of(
          "id",
          "not_id",
          "hostname",
          "not_hostname",
          "mac_address",
          "domain",
          "agent_name",
          "not_agent_name",
          "status",
          "not_status",
          "owner",
          "power_state",
          "arch",
          "cpu_count",
          "mem",
          "tags",
          "not_tags",
          "zone",
          "not_in_zone",
          "pool",
          "not_in_pool");

  /** What {@code machines/?op=allocate} takes as constraints (MAAS {@code AcquireNodeForm}). */
  static final List<String> ALLOCATE_FIELDS =
      List.of(
          "name",
          "system_id",
          "arch",
          "cpu_count",
          "mem",
          "tags",
          "not_tags",
          "zone",
          "not_in_zone",
          "pool",
          "not_in_pool");

  /** Constraints MAAS knows that the single-fabric, pod-less lab accepts without modelling. */
  static final List<String> UNMODELLED_FIELDS =
      List.of(
          "subnets",
          "not_subnets",
          "vlans",
          "not_vlans",
          "fabrics",
          "not_fabrics",
          "fabric_classes",
          "not_fabric_classes",
          "link_speed",
          "interfaces",
          "storage",
          "devices",
          "pod",
          "not_pod",
          "pod_type",
          "not_pod_type");

  private final List<Predicate<LabMachine>> tests;
  private final List<String> descriptions;

  MachineCriteria(List<Predicate<LabMachine>> tests, List<String> descriptions) {
    this.tests = List.copyOf(tests);
    this.descriptions = List.copyOf(descriptions);
  }

  /** Parses list filters; unknown or invalid parameters → 400 JSON. */
  static MachineCriteria forList(Params params, LabState state) {
    return new CriteriaParser(params, state).parse(LIST_FIELDS);
  }

  /** Parses allocation constraints; unknown or invalid parameters → 400 JSON. */
  static MachineCriteria forAllocate(Params params, LabState state) {
    return new CriteriaParser(params, state).parse(ALLOCATE_FIELDS);
  }

  boolean matches(LabMachine m) {
    return tests.stream().allMatch(test -> test.test(m));
  }

  /** E.g. {@code name=server1 tags=juju,nuc}. */
  String describe() {
    return String.join(" ", descriptions);
  }
}
