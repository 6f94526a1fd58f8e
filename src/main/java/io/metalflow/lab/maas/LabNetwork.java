package io.metalflow.lab.maas;

/**
 * The lab's one subnet, in 127.0.0.0/8: {@code prefix0/24}, gateway {@code prefix1}; machine N gets
 * {@code prefix(10+N)}.
 */
record LabNetwork(String prefix) {

  static final int SUBNET_ID = 1;
  static final int VLAN_ID = 5001;

  String cidr() {
    return prefix + "0/24";
  }

  String gateway() {
    return prefix + "1";
  }

  String addressOf(int machineIndex) {
    return prefix + (10 + machineIndex);
  }
}
