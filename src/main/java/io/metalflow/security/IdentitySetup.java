package io.metalflow.security;

import io.metalflow.MetalflowProperties;
import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, idempotently, the admin account (group {@code camunda-admin} with every permission) and
 * the {@code operators} and {@code viewers} groups with their authorizations. A password set in the
 * environment replaces a different stored one, so an operator can rotate it.
 */
@Component
@Order(0)
class IdentitySetup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final AdminProperties admin;
  private final MetalflowProperties metalflow;
  private AdminPassword password;

  IdentitySetup(
      IdentityService identity,
      AuthorizationService authorizations,
      AdminProperties admin,
      MetalflowProperties metalflow) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.admin = admin;
    this.metalflow = metalflow;
  }

  @Override
  public void run(ApplicationArguments args) {
    password = AdminPassword.resolve(admin, metalflow.dataDir());
    ensureAdmin();
    GroupGrants.defaults().forEach(this::ensureGroup);
  }

  /** The password resolved at startup (for the banner); null before {@link #run}. */
  AdminPassword adminPassword() {
    return password;
  }

  private void ensureAdmin() {
    User user = identity.createUserQuery().userId(admin.user()).singleResult();
    if (user == null) {
      user = identity.newUser(admin.user());
      user.setFirstName("Metalflow");
      user.setLastName("Admin");
      requireStrong(user);
      user.setPassword(password.value());
      identity.saveUser(user);
      log.info("Created admin user '{}'", admin.user());
    } else if (!identity.checkPassword(admin.user(), password.value())) {
      requireStrong(user);
      user.setPassword(password.value());
      identity.saveUser(user);
      log.info("Updated the password of admin user '{}' from configuration", admin.user());
    }
    ensureGroupExists(Groups.CAMUNDA_ADMIN, "Camunda administrators");
    ensureMembership(admin.user(), Groups.CAMUNDA_ADMIN);
    for (Resources resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
  }

  /** With the engine's password policy on, a weak admin password stops the start, saying why. */
  private void requireStrong(User user) {
    if (identity.getPasswordPolicy() == null) {
      return;
    }
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password.value(), user);
    if (!result.isValid()) {
      throw new IllegalStateException(
          "the admin password "
              + (password.file() == null
                  ? "set by metalflow.admin.password (METALFLOW_ADMIN_PASSWORD)"
                  : "in " + password.file() + " (delete the file to generate a new one)")
              + " does not meet the password policy: "
              + PasswordRules.describe(result.getViolatedRules()));
    }
  }

  private void ensureGroup(GroupGrants group) {
    ensureGroupExists(group.groupId(), group.name());
    for (GroupGrants.Grant g : group.grants()) {
      grant(group.groupId(), g.resource(), g.resourceId(), g.permissions());
    }
  }

  private void ensureGroupExists(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
  }

  private void ensureMembership(String user, String group) {
    if (identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
      identity.createMembership(user, group);
    }
  }

  private void grant(
      String group,
      org.camunda.bpm.engine.authorization.Resource resource,
      String resourceId,
      org.camunda.bpm.engine.authorization.Permission... permissions) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(group)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    Authorization auth =
        existing != null
            ? existing
            : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    auth.setGroupId(group);
    auth.setResource(resource);
    auth.setResourceId(resourceId);
    Arrays.stream(permissions).forEach(auth::addPermission);
    authorizations.saveAuthorization(auth);
  }
}
