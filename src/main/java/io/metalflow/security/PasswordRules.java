package io.metalflow.security;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/** Says in words which rules of the engine's password policy a password breaks. */
final class PasswordRules {

  private PasswordRules() {}

  static String describe(List<PasswordPolicyRule> violated) {
    return violated.stream().map(PasswordRules::describe).collect(Collectors.joining("; "));
  }

  private static String describe(PasswordPolicyRule rule) {
    String name =
        rule.getPlaceholder()
            .replaceFirst("^PASSWORD_POLICY_", "")
            .replace('_', ' ')
            .toLowerCase(java.util.Locale.ROOT);
    var parameters = rule.getParameters();
    return parameters == null || parameters.isEmpty() ? name : name + " " + parameters;
  }
}
