package io.metalflow.maas;

import static io.metalflow.maas.MaasClientFixture.CONSUMER_KEY;
import static io.metalflow.maas.MaasClientFixture.KEY;
import static io.metalflow.maas.MaasClientFixture.TOKEN_KEY;
import static io.metalflow.maas.MaasClientFixture.TOKEN_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaasApiKeySourceTest {

  private static final String OTHER_KEY =
      "Zx8cV2bN5mQ1wE4rT7:Yu6iO9pA3sD0fG2hJ4:Kl1zX3cV5bN7mQ9wE2rT4yU6iO8pA0sD";

  @TempDir Path dir;

  @Test
  void theConfiguredKeyWinsOverTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("maas-api-key"), OTHER_KEY + "\n");

    var source = new MaasApiKeySource(KEY, file);

    assertThat(source.get()).isEqualTo(new MaasApiKey(CONSUMER_KEY, TOKEN_KEY, TOKEN_SECRET));
  }

  @Test
  void aBlankConfiguredKeyFallsBackToTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("maas-api-key"), KEY + "\n");

    assertThat(new MaasApiKeySource("  ", file).get().tokenSecret()).isEqualTo(TOKEN_SECRET);
  }

  @Test
  void theFileIsReadOnFirstUseSoItMayAppearAfterStartup() throws IOException {
    Path file = dir.resolve("maas-api-key");
    var source = new MaasApiKeySource(null, file);

    Files.writeString(file, KEY + "\n");

    assertThat(source.get().consumerKey()).isEqualTo(CONSUMER_KEY);
  }

  @Test
  void aChangedFileIsReadAgain() throws IOException {
    Path file = Files.writeString(dir.resolve("maas-api-key"), KEY + "\n");
    var source = new MaasApiKeySource(null, file);
    assertThat(source.get().consumerKey()).isEqualTo(CONSUMER_KEY);

    Files.writeString(file, OTHER_KEY + "\n");

    assertThat(source.get().consumerKey()).isEqualTo("Zx8cV2bN5mQ1wE4rT7");
  }

  @Test
  void aFileReplacedByRenameIsReadAgain() throws IOException {
    Path file = Files.writeString(dir.resolve("maas-api-key"), KEY + "\n");
    var source = new MaasApiKeySource(null, file);
    source.get();

    Path next = Files.writeString(dir.resolve("maas-api-key.new"), OTHER_KEY + "\n");
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

    assertThat(source.get().tokenKey()).isEqualTo("Yu6iO9pA3sD0fG2hJ4");
  }

  @Test
  void aMissingFileIsNamedInTheError() {
    Path file = dir.resolve("maas-api-key");

    assertThatThrownBy(() -> new MaasApiKeySource(null, file).get())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the MAAS API key file "
                + file
                + " does not exist (yet): write the key there, or set metalflow.maas.api-key"
                + " (env METALFLOW_MAAS_API_KEY)");
  }

  @Test
  void aMalformedKeyIsNamedByItsFileButNeverShown() throws IOException {
    String twoParts = CONSUMER_KEY + ":" + TOKEN_SECRET;
    Path file = Files.writeString(dir.resolve("maas-api-key"), twoParts + "\n");

    assertThatThrownBy(() -> new MaasApiKeySource(null, file).get())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "malformed MAAS API key in the file "
                + file
                + ": expected three non-empty parts <consumer key>:<token key>:<token secret>")
        .hasNoCause();
  }

  @Test
  void aMalformedConfiguredKeyNamesTheSettingButNotTheKey() {
    assertThatThrownBy(() -> new MaasApiKeySource(TOKEN_SECRET, null).get())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("metalflow.maas.api-key (env METALFLOW_MAAS_API_KEY)")
        .message()
        .doesNotContain(TOKEN_SECRET);
  }

  @Test
  void noKeyAtAllNamesBothSettings() {
    assertThatThrownBy(() -> new MaasApiKeySource(null, null).get())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "no MAAS API key configured: set metalflow.maas.api-key (env METALFLOW_MAAS_API_KEY)"
                + " or metalflow.maas.api-key-file");
  }

  @Test
  void aFileThatIsFixedAfterAnErrorIsReadAgain() throws IOException {
    Path file = Files.writeString(dir.resolve("maas-api-key"), "half-written");
    var source = new MaasApiKeySource(null, file);
    assertThatThrownBy(source::get).isInstanceOf(IllegalStateException.class);

    Files.writeString(file, KEY + "\n");

    assertThat(source.get().tokenSecret()).isEqualTo(TOKEN_SECRET);
  }

  @Test
  void redactReplacesEveryPartOfTheKeyInUse() {
    var source = new MaasApiKeySource(KEY, null);
    source.get();

    assertThat(
            source.redact("token " + TOKEN_KEY + " secret " + TOKEN_SECRET + " ck " + CONSUMER_KEY))
        .isEqualTo("token **** secret **** ck ****");
    assertThat(source.toString()).doesNotContain(TOKEN_SECRET);
  }
}
