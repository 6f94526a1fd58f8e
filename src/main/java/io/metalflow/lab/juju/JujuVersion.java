package io.metalflow.lab.juju;

/** The Juju version the lab's client and agents report. */
final class JujuVersion {

  static final String NUMBER = "3.6.14";
  static final String CLIENT = NUMBER + "-genericlinux-amd64";
  static final String SNAP_REVISION = "31313";

  private JujuVersion() {}
}
