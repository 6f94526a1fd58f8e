package io.metalflow.lab.juju;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code juju add-credential [--client] -f FILE CLOUD}: stores the cloud's credentials from the
 * file (stdout {@code Credential "c" added locally for cloud "x".}); an existing one is Juju's
 * "already exists locally" error. Juju does not check the key against MAAS here.
 */
final class AddCredentialCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common.bool("client").value("controller", "c").value("file", "f").value("region");
  }

  @Override
  void run(JujuCall call) throws JujuError {
    ParsedArgs args = call.args();
    noExtraArgs(args, 1);
    String cloud =
        args.positional(0)
            .orElseThrow(
                () -> JujuError.usage("Usage: juju add-credential <cloud-name> [options]"));
    String file =
        args.value("file")
            .orElseThrow(
                () -> new JujuError("credential file is required when not run interactively (-f)"));
    if (call.state().read(s -> !s.clouds.containsKey(cloud))) {
      throw new JujuError(
          "cloud "
              + cloud
              + " not found\n"
              + "To view all available clouds, use 'juju clouds'.\n"
              + "To add new cloud, use 'juju add-cloud'.");
    }
    AddCloudCommand.checkTarget(call);
    List<LabCredential> given =
        CredentialDefinition.read(HomeFiles.readYaml(call.host().home(), file), cloud, file);
    List<LabCredential> added = new ArrayList<>();
    List<LabCredential> existing = new ArrayList<>();
    call.state()
        .update(
            s -> {
              for (LabCredential credential : given) {
                boolean isNew = s.credentials.putIfAbsent(credential.key(), credential) == null;
                (isNew ? added : existing).add(credential);
              }
            });
    for (LabCredential credential : added) {
      call.out()
          .println(
              "Credential \""
                  + credential.name()
                  + "\" added locally for cloud \""
                  + cloud
                  + "\".");
      call.out().println();
    }
    if (!existing.isEmpty()) {
      failExisting(call, cloud, file, existing.get(0), added.isEmpty());
    }
  }

  private static void failExisting(
      JujuCall call, String cloud, String file, LabCredential credential, boolean nothingAdded)
      throws JujuError {
    if (nothingAdded) {
      call.out().println("No local credentials for cloud \"" + cloud + "\" changed.");
    }
    throw new JujuError(
        "credential \""
            + credential.name()
            + "\" for cloud \""
            + cloud
            + "\" already exists locally, use 'juju update-credential "
            + cloud
            + " "
            + credential.name()
            + " -f "
            + file
            + "' to update this local client copy");
  }
}
