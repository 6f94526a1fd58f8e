package io.metalflow.lab.juju;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code juju credentials [--client] [--show-secrets] [--format json|yaml|tabular] [CLOUD]}: the
 * client's credentials and, without {@code --client}, those the controllers use. Secrets only with
 * {@code --show-secrets}.
 */
final class CredentialsCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common.bool("client").value("controller", "c").bool("show-secrets").formatted();
  }

  @Override
  void run(JujuCall call) throws JujuError {
    noExtraArgs(call.args(), 1);
    String format = Output.format(call.args(), "tabular", Set.of("json", "yaml", "tabular"));
    String cloudFilter = call.args().positional(0).orElse(null);
    boolean secrets = call.args().has("show-secrets");
    List<LabCredential> client =
        call.state().credentials().stream()
            .filter(c -> cloudFilter == null || c.cloud().equals(cloudFilter))
            .toList();
    List<LabCredential> controller =
        call.args().has("client") ? List.of() : controllerCredentials(call, cloudFilter);
    Map<String, Object> all = new LinkedHashMap<>();
    if (!client.isEmpty()) {
      all.put("client-credentials", section(client, secrets));
    }
    if (!controller.isEmpty()) {
      all.put("controller-credentials", section(controller, secrets));
    }
    switch (format) {
      case "json" -> call.out().print(Output.json(all));
      case "yaml" -> call.out().print(Output.yaml(all));
      default -> tabular(call, client, controller);
    }
  }

  private static List<LabCredential> controllerCredentials(JujuCall call, String cloudFilter) {
    return call.state()
        .read(
            s ->
                s.controllers.values().stream()
                    .filter(LabController::isAvailable)
                    .map(c -> s.credentials.get(c.cloud() + "/" + c.credential()))
                    .filter(
                        c -> c != null && (cloudFilter == null || c.cloud().equals(cloudFilter)))
                    .distinct()
                    .toList());
  }

  private static Map<String, Object> section(List<LabCredential> credentials, boolean secrets) {
    Map<String, Object> clouds = new LinkedHashMap<>();
    for (LabCredential credential : credentials) {
      @SuppressWarnings("unchecked")
      Map<String, Object> cloud =
          (Map<String, Object>)
              clouds.computeIfAbsent(
                  credential.cloud(),
                  k ->
                      new LinkedHashMap<>(
                          Map.of("cloud-credentials", new LinkedHashMap<String, Object>())));
      @SuppressWarnings("unchecked")
      Map<String, Object> named = (Map<String, Object>) cloud.get("cloud-credentials");
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("auth-type", credential.authType());
      if (secrets) {
        view.put("details", Map.of("maas-oauth", credential.maasOauth()));
      }
      named.put(credential.name(), view);
    }
    return clouds;
  }

  private static void tabular(
      JujuCall call, List<LabCredential> client, List<LabCredential> controller) {
    if (client.isEmpty() && controller.isEmpty()) {
      call.err().println("No credentials from this client or from a controller to display.");
      return;
    }
    if (controller.isEmpty()) {
      call.out().println("No credentials from any controller to display.");
      call.out().println();
    }
    if (!client.isEmpty()) {
      call.out().println("Client Credentials:");
      call.out().print(table(client));
    }
    if (!controller.isEmpty()) {
      call.out().println();
      call.out().println("Controller Credentials:");
      call.out().print(table(controller));
    }
  }

  private static String table(List<LabCredential> credentials) {
    Map<String, StringBuilder> byCloud = new LinkedHashMap<>();
    for (LabCredential c : credentials) {
      StringBuilder names = byCloud.computeIfAbsent(c.cloud(), k -> new StringBuilder());
      names.append(names.length() == 0 ? "" : ", ").append(c.name());
    }
    Table table = new Table().row("Cloud", "Credentials");
    byCloud.forEach(table::row);
    return table.render();
  }
}
