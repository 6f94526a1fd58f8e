package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VariablePayloadCheckTest {

  private final VariablePayloadCheck check = new VariablePayloadCheck(4000);

  @Test
  void ordinaryVariablesPass() {
    assertThat(
            problem(
                "{\"businessKey\":\"lab-1\",\"variables\":{\"modelName\":{\"value\":\"prom\"},"
                    + "\"units\":{\"value\":2,\"type\":\"Integer\"},"
                    + "\"applications\":{\"value\":\"[]\",\"type\":\"Json\"}}}"))
        .isEmpty();
    assertThat(problem("")).isEmpty();
    assertThat(problem("{}")).isEmpty();
  }

  @Test
  void javaSerializedValuesAreRefusedWhereverTheySit() {
    String java =
        "{\"value\":\"rO0AB\",\"type\":\"Object\",\"valueInfo\":{\"serializationDataFormat\":"
            + "\"application/x-java-serialized-object\",\"objectTypeName\":\"java.util.Date\"}}";

    assertThat(problem("{\"modifications\":{\"when\":" + java + "}}"))
        .contains("variable 'when': Java-serialized values are refused; send JSON");
    assertThat(problem("{\"processVariables\":{\"deep\":" + java + "}}")).isPresent();
  }

  @Test
  void objectVariablesAreRefusedInAnyCase() {
    assertThat(problem("{\"variables\":{\"x\":{\"value\":\"{}\",\"type\":\"oBjEcT\"}}}"))
        .contains("variable 'x': type Object is refused; send a primitive type or Json");
  }

  @Test
  void textLongerThanTheEngineStoresIsRefusedButLongJsonIsNot() {
    String text = "a".repeat(4001);

    assertThat(problem("{\"variables\":{\"notes\":{\"value\":\"" + text + "\"}}}"))
        .contains(
            "variable 'notes': text of 4001 characters is longer than the 4000 the engine stores");
    assertThat(
            problem("{\"variables\":{\"notes\":{\"value\":\"" + text + "\",\"type\":\"String\"}}}"))
        .isPresent();
    assertThat(
            problem(
                "{\"variables\":{\"apps\":{\"value\":\"[\\\""
                    + text
                    + "\\\"]\",\"type\":\"Json\"}}}"))
        .isEmpty();
    assertThat(problem("{\"variables\":{\"notes\":{\"value\":\"" + "a".repeat(4000) + "\"}}}"))
        .isEmpty();
  }

  @Test
  void jsonVariablesTheEngineCouldNotReadAgainAreRefused() {
    String longKey = "k".repeat(65_536);

    assertThat(problem("{\"variables\":{\"apps\":{\"value\":\"[{\",\"type\":\"Json\"}}}"))
        .hasValueSatisfying(text -> assertThat(text).startsWith("variable 'apps': not valid JSON"));
    assertThat(
            problem(
                "{\"variables\":{\"applications\":{\"value\":\"[{\\\"config\\\":{\\\""
                    + longKey
                    + "\\\":\\\"v\\\"}}]\",\"type\":\"Json\"}}}"))
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .startsWith("variable 'applications': not valid JSON")
                    .hasSizeLessThan(300));
  }

  @Test
  void malformedJsonSaysWhere() {
    assertThat(problem("{\"variables\": {"))
        .hasValueSatisfying(
            text -> assertThat(text).startsWith("malformed JSON at line 1, column "));
  }

  @Test
  void aVariableNameIsShownShortAndWithoutControlCharacters() {
    String name = "x\n".repeat(50);

    assertThat(
            problem(
                "{\"variables\":{\""
                    + name.replace("\n", "\\n")
                    + "\":{\"value\":\"{}\",\"type\":\"Object\"}}}"))
        .hasValueSatisfying(
            text -> assertThat(text).doesNotContain("\n").contains("x?x?").contains("…"));
  }

  private Optional<String> problem(String json) {
    return check.problem(json.getBytes(StandardCharsets.UTF_8));
  }
}
