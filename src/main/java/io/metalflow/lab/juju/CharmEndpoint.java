package io.metalflow.lab.juju;

/** A relation endpoint of a charm: its name, role and interface. */
record CharmEndpoint(String name, Role role, String interfaceName) {

  enum Role {
    PROVIDER,
    REQUIRER,
    PEER
  }

  /** Whether this endpoint can relate to {@code other}: same interface, provider to requirer. */
  boolean fits(CharmEndpoint other) {
    return interfaceName.equals(other.interfaceName)
        && role != Role.PEER
        && other.role != Role.PEER
        && role != other.role;
  }
}
