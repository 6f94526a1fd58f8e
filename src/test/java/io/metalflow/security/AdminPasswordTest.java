package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AdminPasswordTest {

  @Property(tries = 200)
  void generatedPasswordsHaveEveryClassThePolicyAsksFor(
      @ForAll @IntRange(min = 10, max = 64) int length) {
    String password = AdminPassword.random(length);

    assertThat(password)
        .hasSize(length)
        .containsPattern("[A-Z]")
        .containsPattern("[a-z]")
        .containsPattern("[0-9]")
        .containsPattern("[-_.+]")
        .matches("[A-Za-z0-9_.+-]+");
  }
}
