package io.metalflow.lab.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metalflow.maas.AllocateRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shell word splitting, juju flag parsing and constraints. */
class ParsingTest {

  @Test
  void shellWordsFollowPosixQuoting() throws Exception {
    assertThat(ShellWords.split("'/snap/bin/juju' 'status' '-m' 'c:m' '--format=json'"))
        .containsExactly("/snap/bin/juju", "status", "-m", "c:m", "--format=json");
    assertThat(ShellWords.split("echo 'it'\\''s' \"a \\\"b\\\" $x\" c\\ d  ''"))
        .containsExactly("echo", "it's", "a \"b\" $x", "c d", "");
    assertThatThrownBy(() -> ShellWords.split("echo 'open"))
        .isInstanceOf(ShellWords.SyntaxError.class);
  }

  @Test
  void flagsParseLikeGnuflag() throws Exception {
    FlagSpec spec = FlagSpec.common().value("model", "m").bool("no-prompt").formatted();

    ParsedArgs args =
        spec.parse(
            List.of(
                "grafana",
                "-m",
                "c:m",
                "--format=json",
                "--no-prompt",
                "-mother",
                "--",
                "--literal"));

    assertThat(args.value("model")).contains("other");
    assertThat(args.value("format")).contains("json");
    assertThat(args.has("no-prompt")).isTrue();
    assertThat(args.positional()).containsExactly("grafana", "--literal");
    assertThatThrownBy(() -> spec.parse(List.of("-y")))
        .isInstanceOf(JujuError.class)
        .hasMessage("option provided but not defined: -y")
        .extracting(e -> ((JujuError) e).exitCode())
        .isEqualTo(2);
    assertThatThrownBy(() -> spec.parse(List.of("--yes")))
        .hasMessage("option provided but not defined: --yes");
    assertThatThrownBy(() -> spec.parse(List.of("-m"))).hasMessage("option needs an argument: -m");
  }

  @Test
  void constraintsBecomeMaasAllocationParameters() {
    Constraints model = Constraints.parse("tags=juju mem=4G");
    Constraints merged = model.overriddenBy(Constraints.parse("tags=prom,^juju cores=2"));

    AllocateRequest request = merged.toAllocateRequest("uuid-1");

    assertThat(request.tags()).containsExactly("prom");
    assertThat(request.notTags()).containsExactly("juju");
    assertThat(request.memMb()).isEqualTo(4096);
    assertThat(request.cpuCount()).isEqualTo(2);
    assertThat(request.agentName()).isEqualTo("uuid-1");
    assertThat(merged.toString()).isEqualTo("cores=2 mem=4G tags=prom,^juju");
    assertThatThrownBy(() -> Constraints.parse("colour=red"))
        .hasMessage("unknown constraint \"colour\"");
  }
}
