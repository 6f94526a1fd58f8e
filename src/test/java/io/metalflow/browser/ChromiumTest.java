package io.metalflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class ChromiumTest {

  @TempDir Path dir;

  @Test
  void aMissingChromiumFailsTheBrowserTestsUnderCi() {
    Path missing = dir.resolve("chromium");

    assertThatThrownBy(() -> Chromium.requireInstalled(missing, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Chromium not found at " + missing)
        .hasMessageContaining("apt-get install -y chromium")
        .hasMessageContaining("CI=true, so this is a failure");
  }

  @Test
  void aMissingChromiumSkipsTheBrowserTestsOutsideCi() {
    assertThatThrownBy(() -> Chromium.requireInstalled(dir.resolve("chromium"), false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("Skipping");
  }

  @Test
  void anInstalledChromiumIsUsed() {
    Path sh = Path.of("/bin/sh");

    assertThat(Chromium.requireInstalled(sh, true)).isEqualTo(sh);
  }
}
