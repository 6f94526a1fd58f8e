package io.metalflow.lab.juju;

import java.nio.charset.StandardCharsets;

/** The files Metalflow uploads to the main host, as the tests upload them. */
final class LabFiles {

  static final String CLOUD_FILE = ".metalflow/tmp/maas-cloud.yaml";
  static final String CREDS_FILE = ".metalflow/tmp/maas-creds.yaml";
  static final String WRAPPER = ".metalflow/bin/metalflow-run";

  private LabFiles() {}

  static byte[] cloud(String name, String endpoint) {
    return ("clouds:\n  "
            + name
            + ":\n    type: maas\n    auth-types: [oauth1]\n"
            + "    endpoint: "
            + endpoint
            + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] credentials(String cloud, String name, String key) {
    return ("credentials:\n  "
            + cloud
            + ":\n    "
            + name
            + ":\n      auth-type: oauth1\n"
            + "      maas-oauth: "
            + key
            + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] wrapper() {
    return "#!/bin/sh\n# metalflow-run 2 (the lab emulates it natively)\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Installs juju, registers the cloud and the credential and uploads the job wrapper. */
  static void prepare(LabSsh ssh, String key) throws Exception {
    ssh.run("sudo", "snap", "install", "juju", "--channel", "3.6");
    ssh.upload(CLOUD_FILE, cloud("maas-one", "http://127.0.0.1:5240/MAAS"), 0600);
    ssh.upload(CREDS_FILE, credentials("maas-one", "anvil", key), 0600);
    ssh.upload(WRAPPER, wrapper(), 0755);
    ssh.run("/snap/bin/juju", "add-cloud", "--client", "-f", CLOUD_FILE, "maas-one");
    ssh.run("/snap/bin/juju", "add-credential", "--client", "-f", CREDS_FILE, "maas-one");
  }
}
