package io.metalflow.lab.maas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request bodies and OAuth headers in the spellings real MAAS clients use. */
class MaasRequestParsingTest {

  @Test
  void plainMultipartPartsWithRepeatedKeysAndAFileAreRead() {
    String body =
        "--xyz\r\n"
            + "Content-Disposition: form-data; name=\"machines\"\r\n\r\n"
            + "abc123\r\n"
            + "--xyz\r\n"
            + "Content-Disposition: form-data; name=\"machines\"\r\n\r\n"
            + "def456\r\n"
            + "--xyz\r\n"
            + "Content-Disposition: form-data; name=\"user_data\"; filename=\"ud\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + "#cloud-config\r\nruncmd: []\r\n"
            + "--xyz--\r\n";

    Params params =
        FormBodies.body("multipart/form-data; boundary=xyz", body.getBytes(StandardCharsets.UTF_8));

    assertThat(params.all("machines")).containsExactly("abc123", "def456");
    assertThat(params.first("user_data")).isEqualTo("#cloud-config\r\nruncmd: []");
  }

  @Test
  void urlencodedBodiesDecodePlusAndPercentEscapes() {
    Params params =
        FormBodies.body(
            "application/x-www-form-urlencoded; charset=utf-8",
            "comment=Released+by+Juju&tags=a%2Cb&tags=c".getBytes(StandardCharsets.UTF_8));

    assertThat(params.first("comment")).isEqualTo("Released by Juju");
    assertThat(params.all("tags")).containsExactly("a,b", "c");
  }

  @Test
  void otherBodiesCarryNoParameters() {
    assertThat(
            FormBodies.body(
                    "application/json", "{\"op\":\"allocate\"}".getBytes(StandardCharsets.UTF_8))
                .isEmpty())
        .isTrue();
  }

  @Test
  void oauthHeadersParseQuotedOrNotInAnyOrderAndIgnoreRealm() {
    Map<String, String> curl =
        OAuthHeader.parse(
                "OAuth oauth_version=1.0, oauth_signature_method=PLAINTEXT, oauth_consumer_key=K,"
                    + " oauth_token=T, oauth_signature=&S, oauth_nonce=n-1, oauth_timestamp=17")
            .orElseThrow();
    Map<String, String> quoted =
        OAuthHeader.parse("OAuth realm=\"MAAS API\", oauth_signature=\"%26S\", oauth_token=\"T\"")
            .orElseThrow();

    assertThat(curl).containsEntry("oauth_signature", "&S").containsEntry("oauth_timestamp", "17");
    assertThat(quoted).containsOnlyKeys("oauth_signature", "oauth_token");
    assertThat(quoted.get("oauth_signature")).isEqualTo("&S");
    assertThat(OAuthHeader.parse("Bearer abc")).isEmpty();
    assertThat(OAuthHeader.parse("OAuthx a=b")).isEmpty();
    assertThat(OAuthHeader.parse(null)).isEmpty();
  }
}
