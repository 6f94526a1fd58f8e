package io.metalflow.lab.juju;

import io.metalflow.lab.maas.MaasLabSettings;
import io.metalflow.lab.maas.MaasSimulator;
import io.metalflow.maas.MaasApiKey;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MaasProperties;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.OkHttpMaasClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The lab's MAAS simulator and the real OkHttp client talking to it over HTTP. */
final class RealMaas implements AutoCloseable {

  final MaasSimulator simulator;
  final MaasClient client;

  RealMaas(Path dataDir, String addressPrefix) {
    simulator =
        MaasSimulator.start(
            MaasLabSettings.zeroDelay().withDataDir(dataDir).withAddressPrefix(addressPrefix));
    client =
        OkHttpMaasClient.create(
            new MaasProperties(
                simulator.url(),
                null,
                dataDir.resolve("lab").resolve("maas-api-key"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                4,
                Duration.ofMillis(50),
                Duration.ofMillis(50),
                false,
                null));
  }

  MaasApiKey key() {
    return MaasApiKey.parse(simulator.apiKey());
  }

  /** Tags {@code hostname} with {@code tag} through the API, as the operator would. */
  String tag(String hostname, String tag) {
    client.ensureTag(tag, "lab test");
    String id = machine(hostname).systemId();
    client.updateTagNodes(tag, List.of(id), List.of());
    return id;
  }

  Machine machine(String hostname) {
    return client.machines(MachineQuery.all().withHostnames(hostname)).get(0);
  }

  List<Machine> machines() {
    return client.machines(MachineQuery.all());
  }

  @Override
  public void close() {
    simulator.close();
  }
}
