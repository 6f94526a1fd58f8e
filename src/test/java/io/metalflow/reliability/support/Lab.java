package io.metalflow.reliability.support;

import io.metalflow.maas.MaasClient;
import java.nio.file.Path;
import java.util.Map;

/** A running lab a Metalflow JVM can be pointed at: in another JVM or in the test's own. */
public interface Lab {

  /** The data directory whose {@code lab/} folder holds the lab's files. */
  Path dataDir();

  /** The settings a Metalflow JVM needs to use this lab (the lab itself off in it). */
  Map<String, String> clientProperties();

  /** A MAAS client holding the lab's key (the test plays the MAAS admin with it). */
  MaasClient maas();

  default LabRecords records() {
    return new LabRecords(dataDir());
  }
}
