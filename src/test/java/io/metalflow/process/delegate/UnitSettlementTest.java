package io.metalflow.process.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.juju.JujuStatus;
import io.metalflow.juju.JujuStatus.ApplicationState;
import io.metalflow.juju.JujuStatus.UnitState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitSettlementTest {

  @Test
  void everyUnitActiveAndIdleIsSettled() {
    UnitSettlement units = UnitSettlement.of(status(unit("grafana/0", "active", "idle")));

    assertThat(units.settlement()).isEqualTo("settled");
    assertThat(units.summary()).isEmpty();
    assertThat(units.addresses()).containsEntry("grafana/0", "127.77.0.11");
  }

  @Test
  void blockedUnitNeedsAttentionButOnlyErrorUnitsAreResolvable() {
    UnitSettlement units =
        UnitSettlement.of(
            status(unit("grafana/0", "blocked", "idle"), unit("grafana/1", "error", "idle")));

    assertThat(units.settlement()).isEqualTo("attention");
    assertThat(units.errorUnits()).containsExactly("grafana/1");
  }

  @Test
  void applicationWithoutUnitsYetIsPending() {
    JujuStatus status =
        new JujuStatus(
            "prom",
            Map.of(),
            Map.of(
                "grafana",
                new ApplicationState("grafana", "grafana", "waiting", null, Map.of(), Map.of())));

    assertThat(UnitSettlement.of(status).settlement()).isEqualTo("pending");
  }

  private static JujuStatus status(UnitState... units) {
    Map<String, UnitState> byName = new java.util.LinkedHashMap<>();
    for (UnitState unit : units) {
      byName.put(unit.name(), unit);
    }
    return new JujuStatus(
        "prom",
        Map.of(),
        Map.of(
            "grafana",
            new ApplicationState("grafana", "grafana", "active", null, Map.of(), byName)));
  }

  private static UnitState unit(String name, String workload, String agent) {
    return new UnitState(name, workload, null, agent, "0", "127.77.0.11", List.of());
  }
}
