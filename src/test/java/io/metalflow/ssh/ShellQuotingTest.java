package io.metalflow.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ShellQuotingTest {

  @Test
  void singleQuoteIsClosedEscapedAndReopened() {
    assertThat(ShellQuoting.quote("it's")).isEqualTo("'it'\\''s'");
  }

  @Test
  void emptyArgumentStaysAWord() {
    assertThat(ShellQuoting.join(List.of("printf", "%s|", ""))).isEqualTo("'printf' '%s|' ''");
  }

  @Test
  void nulCannotBePassedToAShell() {
    assertThatThrownBy(() -> ShellQuoting.quote("a\0b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NUL");
  }

  @Test
  void emptyArgvIsRefused() {
    assertThatThrownBy(() -> ShellQuoting.join(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 60)
  void anyArgumentReachesARealShellAsOneWord(@ForAll("shellText") String argument)
      throws Exception {
    // When the local /bin/sh evaluates the quoted command line
    String line = ShellQuoting.join(List.of("printf", "%s", argument));
    Process sh = new ProcessBuilder("/bin/sh", "-c", line).redirectErrorStream(true).start();
    String output = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    // Then printf received exactly the argument
    assertThat(sh.waitFor()).isZero();
    assertThat(output).isEqualTo(argument);
  }

  @Provide
  Arbitrary<String> shellText() {
    return Arbitraries.strings()
        .withChars("'\"\\$`;&|<>(){}[]*?!~#= \t\n%-")
        .withCharRange('a', 'c')
        .withChars("äé✓")
        .ofMaxLength(24);
  }
}
