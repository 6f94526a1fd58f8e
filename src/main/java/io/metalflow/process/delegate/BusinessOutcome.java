package io.metalflow.process.delegate;

import io.metalflow.juju.JujuCommandFailedException;
import io.metalflow.juju.JujuConflictException;
import io.metalflow.maas.MaasAuthenticationException;
import io.metalflow.maas.MaasBadRequestException;
import io.metalflow.maas.MaasConflictException;
import io.metalflow.maas.MaasPermissionException;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.CommonNames;
import io.metalflow.process.DeployApplicationsProcess;
import io.metalflow.process.IntegrateApplicationsProcess;
import java.util.function.Predicate;

/**
 * The expected outcomes the models handle with a BPMN error: the code (owned by the process
 * classes), which exceptions mean it, and the sentence that explains it to an operator. Each code
 * has a {@code <bpmn:error>} and a catching boundary in the model of every task that expects it.
 */
enum BusinessOutcome {
  INVALID_INPUT(CommonNames.ERR_INVALID_INPUT, e -> false, "Invalid input"),
  JOB_FAILED(CommonNames.ERR_JOB_FAILED, e -> false, "The detached job failed"),
  MAAS_AUTH_REFUSED(
      BootstrapControllerProcess.ERR_MAAS_AUTH_REFUSED,
      e -> e instanceof MaasAuthenticationException || e instanceof MaasPermissionException,
      "MAAS refused the configured API key (check metalflow.maas.api-key-file or"
          + " METALFLOW_MAAS_API_KEY)"),
  COMMISSION_REFUSED(
      BootstrapControllerProcess.ERR_COMMISSION_REFUSED,
      e -> e instanceof MaasBadRequestException || e instanceof MaasConflictException,
      "MAAS refused to commission the machine in its current state"),
  CONTROLLER_MISSING(
      BootstrapControllerProcess.ERR_CONTROLLER_MISSING,
      e -> false,
      "juju bootstrap ended but the client does not know the controller"),
  DEPLOY_REFUSED(
      DeployApplicationsProcess.ERR_DEPLOY_REFUSED,
      e -> e instanceof JujuConflictException || refusedByJuju(e),
      "Juju refused to deploy the application"),
  RELATION_REFUSED(
      IntegrateApplicationsProcess.ERR_RELATION_REFUSED,
      e -> e instanceof JujuConflictException || refusedByJuju(e),
      "Juju refused the relation");

  private final String code;
  private final Predicate<RuntimeException> matches;
  private final String explanation;

  BusinessOutcome(String code, Predicate<RuntimeException> matches, String explanation) {
    this.code = code;
    this.matches = matches;
    this.explanation = explanation;
  }

  /**
   * Juju answered with an exit code. Exit -1 means the command ended without one (its SSH
   * connection was lost or it was killed): nobody refused anything, so it is a technical failure
   * the engine retries, not a business outcome.
   */
  private static boolean refusedByJuju(RuntimeException e) {
    return e instanceof JujuCommandFailedException failed && failed.exitCode() >= 0;
  }

  String code() {
    return code;
  }

  boolean matches(RuntimeException e) {
    return matches.test(e);
  }

  String explanation() {
    return explanation;
  }
}
