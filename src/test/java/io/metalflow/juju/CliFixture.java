package io.metalflow.juju;

import io.metalflow.maas.MaasApiKey;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link SshJujuCli} wired to a scripted runner and recording jobs, plus common documents. */
abstract class CliFixture {

  static final String JUJU = "/snap/bin/juju";
  static final String ENDPOINT = "http://10.0.0.2:5240/MAAS";
  static final MaasApiKey KEY =
      MaasApiKey.parse("Zx9cVbNm2LkJhGfDsA:QwErTyUiOpAsDfGhJk:PlMoKnIjBuHvYgCtFxRdEsZwAq1234");
  static final String EMPTY_MODEL =
      "{\"model\":{\"name\":\"prom\"},\"machines\":{},\"applications\":{},\"storage\":{}}";

  final ScriptedRunner runner = new ScriptedRunner();
  final RecordingJobs jobs = new RecordingJobs();
  final AtomicInteger keyReads = new AtomicInteger();
  final SshJujuCli cli =
      new SshJujuCli(
          runner,
          jobs,
          () -> {
            keyReads.incrementAndGet();
            return KEY;
          },
          JujuProperties.defaults(),
          "ubuntu@main");

  static List<String> juju(String... args) {
    return new JujuArgv(JUJU).add(args).list();
  }

  /** A status document with the given applications (JSON object members). */
  static String statusWith(String applications) {
    return "{\"model\":{\"name\":\"prom\"},\"machines\":{},\"applications\":{"
        + applications
        + "}}";
  }
}
