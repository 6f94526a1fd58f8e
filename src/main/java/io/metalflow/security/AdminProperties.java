package io.metalflow.security;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The admin account: {@code metalflow.admin.user} (default {@code admin}) and an optional password
 * ({@code METALFLOW_ADMIN_PASSWORD}); without one a password is generated on first start. The
 * password never appears in {@link #toString()}.
 */
@Validated
@ConfigurationProperties("metalflow.admin")
public record AdminProperties(
    @Pattern(regexp = "[a-zA-Z0-9_.-]{1,64}") String user, String password) {

  public AdminProperties {
    user = user == null ? "admin" : user;
  }

  boolean hasPassword() {
    return password != null && !password.isBlank();
  }

  @Override
  public String toString() {
    return "AdminProperties[user="
        + user
        + ", password="
        + (hasPassword() ? "****" : "unset")
        + "]";
  }
}
