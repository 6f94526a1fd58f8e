package io.metalflow.process.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineChoiceTest {

  @Test
  void readyMachineWinsOverOneStillCommissioning() {
    MachineChoice choice =
        MachineChoice.of(
            List.of(machine("b", MachineStatus.COMMISSIONING), machine("a", MachineStatus.READY)),
            0);

    assertThat(choice.next()).isEqualTo("ready");
    assertThat(choice.machine().systemId()).isEqualTo("a");
  }

  @Test
  void commissioningOrTestingMeansWait() {
    assertThat(MachineChoice.of(List.of(machine("a", MachineStatus.TESTING)), 0).next())
        .isEqualTo("wait");
  }

  @Test
  void failedMachineIsCommissionedOnceThenGoesToTheOperator() {
    List<Machine> failed = List.of(machine("a", MachineStatus.FAILED_COMMISSIONING));

    assertThat(MachineChoice.of(failed, 0).next()).isEqualTo("commission");
    assertThat(MachineChoice.of(failed, 1).next()).isEqualTo("operator");
  }

  @Test
  void noTaggedMachineOrOnlyBusyOnesAskForATag() {
    assertThat(MachineChoice.of(List.of(), 0).next()).isEqualTo("tag");
    assertThat(MachineChoice.of(List.of(machine("a", MachineStatus.DEPLOYED)), 0).next())
        .isEqualTo("tag");
  }

  private static Machine machine(String id, MachineStatus status) {
    return new Machine(
        id,
        "host-" + id,
        null,
        status,
        "",
        null,
        List.of("juju"),
        List.of(),
        "off",
        "amd64",
        2,
        4096,
        "ubuntu",
        "jammy",
        "default",
        "default");
  }
}
